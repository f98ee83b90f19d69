using Registry.Etl.Core.Data;
using Registry.Etl.Ingest.Contracts;
using Registry.Etl.Ingest.Resolution;

namespace Registry.Etl.Ingest.Tests.Resolution;

/// <summary>
/// The streaming index against the in-memory rule (<see cref="ExportResolver"/>) on random files: many keys
/// (so every partition of the hash table grows several times), corrections within and across files, and
/// files that fail part-way (their keys undone). After every file, each row added so far must win exactly
/// when the reference says so.
/// </summary>
public sealed class LatestExportIndexTests
{
    private static readonly TableSchema Schema = new([new ColumnSchema(StandardisedSchema.SourceKey, ColumnKind.String, Nullable: false)]);

    [Theory]
    [InlineData(1, 30, 8)]
    [InlineData(2, 3_000, 12)]
    [InlineData(3, 40_000, 10)]
    [InlineData(4, 200, 30)]
    public void Add_RandomFilesWithCorrectionsAndFailures_WinnersAndCountsAsTheInMemoryResolution(int seed, int keySpace, int fileCount)
    {
        var random = new Random(seed);
        var index = new LatestExportIndex();
        var committed = new List<(string File, DateOnly ExportDate, IReadOnlyList<Table> Rows)>();
        var reference = new Dictionary<string, (int File, int Row)>(StringComparer.Ordinal);
        var rowsOf = new List<(int File, string[] Keys)>();
        for (var f = 0; f < fileCount; f++)
        {
            Assert.Equal(f, index.BeginFile());
            var fails = random.Next(4) == 0;
            var trial = new Dictionary<string, (int File, int Row)>(reference, StringComparer.Ordinal);
            var keys = new List<string>();
            var chunks = new List<Table>();
            for (var c = random.Next(0, 4); c > 0; c--)
            {
                var chunk = new string?[random.Next(0, keySpace / 2)];
                for (var r = 0; r < chunk.Length; r++)
                {
                    chunk[r] = $"{random.Next(keySpace)}|{random.Next(3)}";
                    trial[chunk[r]!] = (f, keys.Count);
                    keys.Add(chunk[r]!);
                }

                var superseded = new List<(int File, int Row)>();
                var column = new StringColumn(Schema[0], chunk);
                index.Add(column, (file, row) => superseded.Add((file, row)));
                chunks.Add(new Table(Schema, [column]));
                Assert.All(superseded, s => Assert.True(s.File <= f));
            }

            if (fails)
            {
                index.AbortFile();
            }
            else
            {
                index.CommitFile();
                reference = trial;
                committed.Add(($"f{f:D3}", new DateOnly(2024, 1, 1).AddDays(f), chunks));
                rowsOf.Add((f, [.. keys]));
            }

            foreach (var (file, fileKeys) in rowsOf)
            {
                for (var r = 0; r < fileKeys.Length; r++)
                {
                    var wins = reference[fileKeys[r]] == (file, r);
                    Assert.Equal(wins, index.IsWinner(fileKeys[r], file, r));
                    Assert.Equal(!wins, index.IsSuperseded(index.PositionOf(file, r)));
                }
            }

            foreach (var (key, winner) in reference)
            {
                Assert.Equal(winner, index.WinnerOf(key));
            }

            foreach (var (file, fileKeys) in rowsOf)
            {
                var noWinner = Enumerable.Range(0, fileKeys.Length).All(r => reference[fileKeys[r]] != (file, r));
                Assert.Equal(noWinner, index.IsWhollySuperseded(file));
            }
        }

        var (_, counts) = ExportResolver.Resolve(Schema, committed);
        Assert.Equal(counts, index.Counts);
        Assert.Equal(reference.Count, index.Counts.RowsOut);
    }

    [Fact]
    public void Add_SupersededRows_ReportedWithTheirFileAndRow()
    {
        var index = new LatestExportIndex();
        index.BeginFile();
        index.Add(Keys("a", "b", "a"));
        index.CommitFile();
        index.BeginFile();
        index.CommitFile(); // an empty file: positions of the next file start where it started
        index.BeginFile();
        var superseded = new List<(int, int)>();
        index.Add(Keys("b", "c", "a"), (file, row) => superseded.Add((file, row)));
        index.CommitFile();

        Assert.Equal([(0, 1), (0, 2)], superseded);
        Assert.Equal((2, 0), index.WinnerOf("b"));
        Assert.Equal((2, 2), index.WinnerOf("a"));
        Assert.Equal(new ResolutionCounts(6, 3, 2, 1), index.Counts);
    }

    [Fact]
    public void IsWhollySuperseded_AcrossWordsOfBits_TrueOnlyWhenNoRowOfTheFileWins()
    {
        // 130 rows starting mid-word (after a 3-row file), so they span three 64-bit words; a later file supersedes all
        // of them but k60, the last bit of the first word, while the 3-row file's bits in that word are set
        var many = Enumerable.Range(0, 130).Select(i => $"k{i}").ToArray();
        var index = new LatestExportIndex();
        index.BeginFile();
        index.Add(Keys("x", "y", "z"));
        index.CommitFile();
        index.BeginFile();
        index.Add(Keys(many));
        index.CommitFile();
        index.BeginFile();
        index.CommitFile(); // an empty file
        index.BeginFile();
        index.Add(Keys(["x", "y", "z", .. many.Where((_, i) => i != 60)]));
        index.CommitFile();

        Assert.True(index.IsWhollySuperseded(0));
        Assert.False(index.IsWhollySuperseded(1)); // k60 still wins
        Assert.True(index.IsWhollySuperseded(2));
        Assert.False(index.IsWhollySuperseded(3));

        index.BeginFile();
        Assert.Throws<InvalidOperationException>(() => index.IsWhollySuperseded(4));
        index.Add(Keys(many[60]));
        index.CommitFile();

        Assert.True(index.IsWhollySuperseded(1));
        Assert.False(index.IsWhollySuperseded(3));
        Assert.False(index.IsWhollySuperseded(4));
    }

    [Fact]
    public void Add_WithoutBeginFile_Throws()
    {
        var index = new LatestExportIndex();
        Assert.Throws<InvalidOperationException>(() => index.Add(Keys("a")));
    }

    private static StringColumn Keys(params string[] keys) => new(Schema[0], keys);
}
