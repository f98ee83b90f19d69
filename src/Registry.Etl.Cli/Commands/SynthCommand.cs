using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Registry.Etl.Core.Errors;
using Registry.Etl.Synthetic;
using Registry.Etl.Synthetic.Output;

namespace Registry.Etl.Cli.Commands;

/// <summary>
/// `registry-etl synth`: writes a deterministic synthetic population's exports (DCRA, DHBA, NKR, LBZ) in
/// the layouts of pipelines/sources/README.md, with the ground truth in truth/.
/// </summary>
internal static class SynthCommand
{
    public static Command Create()
    {
        var seed = new Option<ulong>("--seed") { Description = "Random seed; the same seed and options give byte-identical files.", DefaultValueFactory = _ => SyntheticOptions.DefaultSeed };
        var scale = new Option<SyntheticScale>("--scale") { Description = "small (the committed sample) or national (benchmark volumes).", DefaultValueFactory = _ => SyntheticScale.Small };
        var years = new Option<int?>("--years") { Description = "Data years (default 3 for small, 10 for national)." };
        var firstYear = new Option<int?>("--first-year") { Description = $"First data year (default: the years up to {SyntheticOptions.DefaultLastYear})." };
        var endDate = new Option<string?>("--end-date") { Description = "Write exports dated on or before this day, yyyy-MM-dd (default: 1 April after the last data year)." };
        var since = new Option<string?>("--since") { Description = "Write only exports dated on or after this day, yyyy-MM-dd (\"one more day of exports\")." };
        var sources = new Option<string>("--sources") { Description = "Comma-separated subset of dcra,dhba,nkr,lbz.", DefaultValueFactory = _ => "dcra,dhba,nkr,lbz" };
        var noTruth = new Option<bool>("--no-truth") { Description = "Do not write the ground truth (truth/)." };
        var threads = new Option<int>("--threads") { Description = "Files generated in parallel (the output does not depend on it).", DefaultValueFactory = _ => Math.Min(2, Environment.ProcessorCount) };
        var progress = new Option<bool>("--progress") { Description = "Print a line per finished job." };
        var output = new Option<string>("--out") { Description = "Output directory (created if missing).", Required = true };
        var command = new Command("synth", "Generate synthetic registry exports with ground truth.")
        {
            seed, scale, years, firstYear, endDate, since, sources, noTruth, threads, progress, output,
        };
        command.SetAction(parseResult =>
        {
            var writer = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            try
            {
                var chosenScale = parseResult.GetValue(scale);
                var options = new SyntheticOptions
                {
                    Seed = parseResult.GetValue(seed),
                    Scale = chosenScale,
                    Years = parseResult.GetValue(years) ?? (chosenScale == SyntheticScale.National ? 10 : 3),
                    FirstYear = parseResult.GetValue(firstYear),
                    EndDate = ParseDate(parseResult.GetValue(endDate), "--end-date"),
                    Since = ParseDate(parseResult.GetValue(since), "--since"),
                    Sources = ParseSources(parseResult.GetValue(sources)!),
                    Truth = !parseResult.GetValue(noTruth),
                    Threads = parseResult.GetValue(threads),
                };
                return Run(options, parseResult.GetValue(output)!, parseResult.GetValue(progress), writer);
            }
            catch (ConfigurationException e)
            {
                error.WriteLine($"synth: {e.Message}");
                return 2;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                error.WriteLine($"synth failed: {e.Message}");
                return 3;
            }
        });
        return command;
    }

    private static int Run(SyntheticOptions options, string directory, bool progress, TextWriter writer)
    {
        var generator = new SyntheticGenerator(options);
        var sink = new DirectoryExportSink(directory);
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"synth: seed {options.Seed}, scale {options.Scale.ToString().ToLowerInvariant()}, data years {options.ResolvedFirstYear}-{options.ResolvedFirstYear + options.Years - 1}, exports {(options.Since is { } s ? s.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " .. " : "up to ")}{generator.EndDate:yyyy-MM-dd} -> {sink.Root}"));
        var clock = Stopwatch.StartNew();
        var gate = new Lock();
        var files = generator.Generate(sink, progress ? line =>
        {
            lock (gate)
            {
                writer.WriteLine("  " + line); // jobs finish on several threads
            }
        }
        : null);
        clock.Stop();
        long totalBytes = 0;
        foreach (var group in files.GroupBy(f => f.Source).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var bytes = group.Sum(f => f.Bytes);
            totalBytes += bytes;
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {group.Key,-6}{group.Count(),7} files {group.Sum(f => f.Rows),12:N0} rows {bytes / 1048576.0,10:N1} MB"));
        }

        using var process = Process.GetCurrentProcess();
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  total {files.Count} files, {totalBytes / 1048576.0:N1} MB in {clock.Elapsed.TotalSeconds:N1} s (peak working set {process.PeakWorkingSet64 / 1048576.0:N0} MB)"));
        return 0;
    }

    private static DateOnly? ParseDate(string? text, string option)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : Core.Throw.Configuration<DateOnly>($"{option} '{text}' is not a date in yyyy-MM-dd.");
    }

    private static SyntheticSource ParseSources(string text)
    {
        var result = SyntheticSource.None;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            result |= part.ToLowerInvariant() switch
            {
                "dcra" => SyntheticSource.Dcra,
                "dhba" => SyntheticSource.Dhba,
                "nkr" => SyntheticSource.Nkr,
                "lbz" => SyntheticSource.Lbz,
                _ => Core.Throw.Configuration<SyntheticSource>($"--sources: unknown source '{part}' (use dcra, dhba, nkr, lbz)."),
            };
        }

        return result;
    }
}
