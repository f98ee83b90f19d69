using System.Globalization;
using System.Text.Json;
using Registry.Etl.Synthetic;
using Registry.Etl.Synthetic.Output;

namespace Registry.Etl.Benchmarks.EndToEnd;

/// <summary>
/// The benchmark's export set, generated once through the Synthetic API and reused: <c>exports/</c> holds
/// every export dated up to the day before <see cref="NewDay"/>, <c>new-day/</c> exactly the files
/// delivered on <see cref="NewDay"/> (the synthetic generator writes each export file from the world and
/// its export date alone, so the two folders together are the set up to that day). A <c>set.json</c>
/// written last marks the set complete and says what it was made with; any other state is regenerated.
/// </summary>
internal sealed record E2eData(string Root, SyntheticScale Scale, ulong Seed, DateOnly NewDay)
{
    public string Exports => Path.Combine(Root, "exports");

    public string NewDayExports => Path.Combine(Root, "new-day");

    private string Marker => Path.Combine(Root, "set.json");

    /// <summary>The complete set, generating it first when missing or made with other options; true if it was generated now.</summary>
    public bool Ensure(TextWriter log)
    {
        var expected = Describe();
        if (File.Exists(Marker) && File.ReadAllText(Marker) == expected)
        {
            log.WriteLine($"e2e: reusing the export set in {Root}");
            return false;
        }

        log.WriteLine($"e2e: generating the {Name(Scale)} export set (seed {Seed}) up to {NewDay.AddDays(-1):yyyy-MM-dd} and the new day {NewDay:yyyy-MM-dd} into {Root}");
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }

        Generate(Exports, since: null, end: NewDay.AddDays(-1), log);
        Generate(NewDayExports, since: NewDay, end: NewDay, log);
        File.WriteAllText(Marker, expected); // last: a killed generation leaves no marker and is redone
        return true;
    }

    private void Generate(string directory, DateOnly? since, DateOnly end, TextWriter log)
    {
        var options = new SyntheticOptions
        {
            Seed = Seed,
            Scale = Scale,
            Years = Scale == SyntheticScale.National ? 10 : 3,
            EndDate = end,
            Since = since,
            Truth = false,
            Threads = Math.Min(2, Environment.ProcessorCount),
        };
        var files = new SyntheticGenerator(options).Generate(new DirectoryExportSink(directory));
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"e2e:   {Path.GetFileName(directory)}: {files.Count} files, {files.Sum(f => f.Rows):N0} rows, {files.Sum(f => f.Bytes) / 1048576.0:N1} MB"));
    }

    private string Describe() => JsonSerializer.Serialize(new Dictionary<string, string>
    {
        ["scale"] = Name(Scale),
        ["seed"] = Seed.ToString(CultureInfo.InvariantCulture),
        ["new_day"] = NewDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["layout"] = "exports+new-day v1",
    });

    private static string Name(SyntheticScale scale) => scale.ToString().ToLowerInvariant();
}
