using Registry.Etl.Synthetic.Tests.Support;

namespace Registry.Etl.Synthetic.Tests.Generation;

public sealed class DeterminismTests
{
    [Fact]
    public void Generate_SameSeedAndOptions_ByteIdenticalWhateverTheThreads()
    {
        var one = new MemorySink();
        new SyntheticGenerator(new SyntheticOptions { Threads = 1 }).Generate(one);
        Assert.Equal(one.Hashes(), SmallSet.Files.Hashes());
    }

    [Fact]
    public void Generate_OtherSeed_DifferentFiles()
    {
        var other = new MemorySink();
        new SyntheticGenerator(new SyntheticOptions { Seed = 99 }).Generate(other);
        var a = SmallSet.Files.Hashes();
        var b = other.Hashes();
        Assert.NotEqual(a.Keys, b.Keys); // AGB codes differ, so paths differ
        Assert.NotEqual(a["truth/calibration.json"], b["truth/calibration.json"]);
        Assert.NotEqual(a["lbz/lbz_2023-06.csv"], b["lbz/lbz_2023-06.csv"]);
    }

    /// <summary>
    /// An export depends only on the world and its export date: a later end date adds files and leaves the
    /// earlier ones byte-identical, and --since writes exactly the new ones (the incremental benchmark).
    /// </summary>
    [Fact]
    public void Generate_LaterEndDateAndSince_EarlierFilesUnchangedNewFilesIdentical()
    {
        var early = new DateOnly(2023, 7, 14);
        var late = new DateOnly(2023, 8, 1);
        var first = new MemorySink();
        new SyntheticGenerator(new SyntheticOptions { EndDate = early, Truth = false }).Generate(first);
        var more = new MemorySink();
        new SyntheticGenerator(new SyntheticOptions { EndDate = late, Since = early.AddDays(1), Truth = false }).Generate(more);
        var full = SmallSet.Files.Hashes();
        Assert.NotEmpty(first.Files);
        Assert.NotEmpty(more.Files);
        Assert.Contains("lbz/lbz_2023-07.csv", more.Files.Keys);
        foreach (var (path, hash) in first.Hashes().Concat(more.Hashes()))
        {
            Assert.True(full.TryGetValue(path, out var expected), $"{path} is not in the full set.");
            Assert.Equal(expected, hash);
        }

        Assert.Empty(first.Files.Keys.Intersect(more.Files.Keys));
        var between = full.Keys.Where(p => !p.StartsWith("truth/", StringComparison.Ordinal) && ExportDate(p) is { } d && d <= late).ToHashSet();
        Assert.Equal(between.Order(), first.Files.Keys.Concat(more.Files.Keys).Order());
    }

    [Fact]
    public void Generate_OneSource_WritesOnlyThatSource()
    {
        var sink = new MemorySink();
        new SyntheticGenerator(new SyntheticOptions { Sources = SyntheticSource.Lbz, Truth = false }).Generate(sink);
        Assert.All(sink.Files.Keys, p => Assert.StartsWith("lbz/", p));
        Assert.Equal(36, sink.Files.Count);
        Assert.Equal(SmallSet.Files.Hashes()["lbz/lbz_2024-12.csv"], sink.Hashes()["lbz/lbz_2024-12.csv"]);
    }

    private static DateOnly? ExportDate(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var part = name[(name.LastIndexOf('_') + 1)..];
        if (DateOnly.TryParseExact(part, "yyyy-MM-dd", out var date))
        {
            return date;
        }

        return DateOnly.TryParseExact(part + "-01", "yyyy-MM-dd", out var month) ? month.AddMonths(1) : null;
    }
}
