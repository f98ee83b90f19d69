using Registry.Etl.Core.Data;
using Registry.Etl.Ingest.Contracts;
using Registry.Etl.Ingest.Resolution;
using Registry.Etl.Pipeline.Stages.Ingest;
using Registry.Etl.Pipeline.Tables;

namespace Registry.Etl.Pipeline.Tests.Stages;

/// <summary>
/// The one-pass resolved writer against the in-memory rule (<see cref="ExportResolver"/>): with windows much
/// smaller than the inputs (in bytes: a chunk here is 45-250), so rows are superseded before and after they are written, and with files that
/// fail part-way (before and after some of their rows were written).
/// </summary>
public sealed class ResolvingWriterTests : IDisposable
{
    private static readonly TableSchema Schema = new([
        new ColumnSchema(StandardisedSchema.SourceKey, ColumnKind.String, Nullable: false),
        new ColumnSchema("value", ColumnKind.Int32, Nullable: true),
    ]);

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "registry-etl-resolving-writer", Guid.NewGuid().ToString("N"));

    public ResolvingWriterTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<int, int> Cases()
    {
        var data = new TheoryData<int, int>();
        foreach (var seed in new[] { 1, 2, 3, 4, 5, 6, 7, 8 })
        {
            foreach (var window in new[] { 1, 100, 400, 1_000_000 })
            {
                data.Add(seed, window);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Write_RandomFilesWithCorrectionsAndFailures_SameTableAsTheInMemoryResolution(int seed, int window)
    {
        var random = new Random(seed);
        var expected = new List<(string File, DateOnly ExportDate, IReadOnlyList<Table> Rows)>();
        var path = Path.Combine(_dir, $"resolved-{seed}-{window}.parquet");
        var value = 0;
        using (var writer = new ResolvingWriter(path, Schema, null, window))
        {
            for (var f = 0; f < 6; f++)
            {
                writer.BeginFile();
                var fails = random.Next(4) == 0;
                var chunks = new List<Table>();
                for (var c = random.Next(1, 5); c > 0; c--)
                {
                    // few keys: corrections within a file and across files
                    var rows = random.Next(0, 6);
                    var keys = new string?[rows];
                    var values = new int[rows];
                    for (var r = 0; r < rows; r++)
                    {
                        keys[r] = $"k{random.Next(12)}";
                        values[r] = value++;
                    }

                    var chunk = new Table(Schema, [new StringColumn(Schema[0], keys), new Column<int>(Schema[1], values)]);
                    writer.Add(chunk);
                    chunks.Add(chunk);
                }

                if (fails)
                {
                    writer.AbortFile();
                }
                else
                {
                    writer.CommitFile();
                    expected.Add(($"f{f}", new DateOnly(2024, 1, 1).AddDays(f), chunks));
                }
            }

            writer.Complete([new("k", "v")]);
            var (table, counts) = ExportResolver.Resolve(Schema, expected);
            Assert.Equal(counts, writer.Index.Counts);
            var actual = TableParquet.Read(path);
            Assert.Equal(table.GetString(StandardisedSchema.SourceKey).Values.ToArray(), actual.GetString(StandardisedSchema.SourceKey).Values.ToArray());
            Assert.Equal(table.Get<int>("value").Values.ToArray(), actual.Get<int>("value").Values.ToArray());
        }

        Assert.False(File.Exists(path + ".unresolved"));
    }
}
