using Registry.Etl.Core.Data;
using Registry.Etl.Ingest.Contracts;
using Registry.Etl.Ingest.Resolution;
using Registry.Etl.Pipeline.Stages.Ingest;
using Registry.Etl.Pipeline.Tables;

namespace Registry.Etl.Pipeline.Tests.Stages;

/// <summary>
/// The two-pass resolved writer against the in-memory rule (<see cref="ExportResolver"/>): random files with
/// corrections within and across files, files that fail part-way (their keys given to the index, then
/// undone, their rows never written), and empty files.
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

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Write_RandomFilesWithCorrectionsAndFailures_SameTableAsTheInMemoryResolution(int seed)
    {
        var random = new Random(seed);
        var expected = new List<(string File, DateOnly ExportDate, IReadOnlyList<Table> Rows)>();
        var committed = new List<(int File, List<Table> Chunks)>();
        var path = Path.Combine(_dir, $"resolved-{seed}.parquet");
        var value = 0;
        using (var writer = new ResolvingWriter(path, Schema, null))
        {
            for (var f = 0; f < 6; f++)
            {
                var file = writer.BeginFile();
                var fails = random.Next(4) == 0;
                var chunks = new List<Table>();
                for (var c = random.Next(0, 5); c > 0; c--)
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
                    writer.AddKeys(chunk.GetString(StandardisedSchema.SourceKey));
                    chunks.Add(chunk);
                }

                if (fails)
                {
                    writer.AbortFile();
                }
                else
                {
                    writer.CommitFile();
                    committed.Add((file, chunks));
                    expected.Add(($"f{f}", new DateOnly(2024, 1, 1).AddDays(f), chunks));
                }
            }

            // the second pass reads the rows back in other chunks than the first: regroup them
            foreach (var (file, chunks) in committed)
            {
                var all = TableGather.Concat(Schema, chunks);
                var split = all.RowCount == 0 ? 0 : random.Next(all.RowCount + 1);
                writer.Write(file, [Slice(all, 0, split), Slice(all, split, all.RowCount - split)]);
            }

            writer.Complete([new("k", "v")]);
            var (table, counts) = ExportResolver.Resolve(Schema, expected);
            Assert.Equal(counts, writer.Index.Counts);
            var actual = TableParquet.Read(path);
            Assert.Equal(table.GetString(StandardisedSchema.SourceKey).Values.ToArray(), actual.GetString(StandardisedSchema.SourceKey).Values.ToArray());
            Assert.Equal(table.Get<int>("value").Values.ToArray(), actual.Get<int>("value").Values.ToArray());
        }
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void Write_BatchesWithUtf8Slices_SameFileAsTables(int seed)
    {
        // the ingest's second pass hands the rows over as read (strings as UTF-8 slices): the file must be the one the tables give
        var random = new Random(seed);
        var parts = new List<string>();
        for (var f = 0; f < 5; f++)
        {
            var rows = random.Next(0, 3000);
            var keys = Enumerable.Range(0, rows).Select(_ => $"k{random.Next(800)}-{new string('é', random.Next(3))}").ToArray();
            var values = Enumerable.Range(0, rows).Select(_ => random.Next()).ToArray();
            var valid = Enumerable.Range(0, rows).Select(_ => random.Next(5) > 0).ToArray();
            var part = Path.Combine(_dir, $"part-{seed}-{f}.parquet");
            using (var writer = new TableParquetWriter(part, Schema, new Parquet.Writing.ParquetWriterOptions { MaxRowGroupRows = 700 }))
            {
                writer.Append(new Table(Schema, [new StringColumn(Schema[0], keys), new Column<int>(Schema[1], values, valid)]));
                writer.Complete();
            }

            parts.Add(part);
        }

        var viaTables = Resolve(parts, Path.Combine(_dir, $"tables-{seed}.parquet"), (w, f, part) => w.Write(f, TableParquet.ReadRowGroups(part)));
        var viaBatches = Resolve(parts, Path.Combine(_dir, $"batches-{seed}.parquet"), (w, f, part) => w.Write(f, TableParquet.ReadBatches(part, decoders: 2)));

        Assert.Equal(File.ReadAllBytes(viaTables), File.ReadAllBytes(viaBatches));
        Assert.True(TableParquet.Read(viaBatches).RowCount > 0);
    }

    [Fact]
    public void Append_BatchOfAnotherSchema_Throws()
    {
        var other = new TableSchema([new ColumnSchema(StandardisedSchema.SourceKey, ColumnKind.String, Nullable: false), new ColumnSchema("value", ColumnKind.Int64, Nullable: true)]);
        var part = Path.Combine(_dir, "other.parquet");
        TableParquet.Write(new Table(other, [new StringColumn(other[0], ["a"]), new Column<long>(other[1], [1L])]), part);
        using var writer = new TableParquetWriter(Path.Combine(_dir, "target.parquet"), Schema);

        var batch = TableParquet.ReadBatches(part).Single();

        Assert.Throws<ArgumentException>(() => writer.Append(batch, 0, 1));
    }

    private static string Resolve(List<string> parts, string path, Action<ResolvingWriter, int, string> write)
    {
        using var writer = new ResolvingWriter(path, Schema, null);
        foreach (var part in parts)
        {
            writer.BeginFile();
            foreach (var keys in TableParquet.ReadStringColumn(part, StandardisedSchema.SourceKey))
            {
                writer.AddKeys(keys);
            }

            writer.CommitFile();
        }

        for (var f = 0; f < parts.Count; f++)
        {
            write(writer, f, parts[f]);
        }

        writer.Complete([new("k", "v")]);
        return path;
    }

    [Fact]
    public void Write_BeforeTheKeysOrOutOfOrder_Throws()
    {
        using var writer = new ResolvingWriter(Path.Combine(_dir, "order.parquet"), Schema, null);
        writer.BeginFile();
        Assert.Throws<InvalidOperationException>(() => writer.Write(0, Array.Empty<Table>()));
        writer.CommitFile();
        writer.BeginFile();
        writer.CommitFile();
        writer.Write(1, Array.Empty<Table>());
        Assert.Throws<InvalidOperationException>(() => writer.Write(0, Array.Empty<Table>()));
    }

    private static Table Slice(Table table, int start, int count) =>
        TableGather.Gather(Schema, [table], [.. Enumerable.Range(start, count).Select(r => (0, r))]);
}
