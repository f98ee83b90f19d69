using Registry.Etl.Core.Data;
using Registry.Etl.Parquet.Writing;
using Registry.Etl.Pipeline.Stages.Ingest;
using Registry.Etl.Pipeline.Stages.Link;
using Registry.Etl.Pipeline.Tables;

namespace Registry.Etl.Pipeline.Tests.Stages;

/// <summary>
/// The key index of a string column: every row's value back from its id (nulls, empty text, multi-byte
/// characters, dictionary and PLAIN pages over several row groups), ids by first occurrence whatever the
/// cores, damaged files refused, and the state folder's indexes made once per source content.
/// </summary>
public sealed class KeyColumnIndexTests : IDisposable
{
    private const int Rows = 30_000;
    private readonly string _dir = Directory.CreateTempSubdirectory("key-index-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Write_EveryRowsValueComesBackFromItsId_IdsByFirstOccurrence(bool dictionary)
    {
        var (path, values) = Source(dictionary);
        var index = Path.Combine(_dir, "k.idx");

        Assert.True(KeyColumnIndexBuilder.Write(path, "k", index));
        using var opened = KeyColumnIndex.TryOpen(index, new ColumnSchema("k", ColumnKind.String), Rows);

        Assert.NotNull(opened);
        var ids = new int[Rows];
        opened.ReadIds(0, ids);
        var expected = values.OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected.Length, opened.ValueCount);
        for (var id = 0; id < expected.Length; id++)
        {
            Assert.Equal(expected[id], opened.StringOf(id)); // numbered in order of first occurrence
        }

        for (var row = 0; row < Rows; row++)
        {
            Assert.Equal(values[row], opened.StringOf(ids[row]));
        }

        int[] some = [0, 1, 7, 9_999, 10_000, 29_999];
        Assert.Equal(some.Select(r => values[r]), opened.Column(some).Values.ToArray());
        Assert.Equal(some.Select(r => values[r]), opened.Column(some).Values.ToArray()); // strings made once are the same strings

        // the column carries each row's id, for the linker to encode it without hashing the rows
        var column = opened.Column(some);
        Assert.Equal(some.Select(r => ids[r]), column.ValueIds!);
        Assert.Equal(opened.ValueCount, column.ValueIdCount);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Interner_IdsOfAPage_AreTheIdsOfOneByOne(int seed)
    {
        // values repeat within a block (32) and across blocks, the table grows in the middle of a page, values
        // cross cache lines (up to 130 bytes) and share their first bytes (what a collision on the stored hash compares)
        var random = new Random(seed);
        var pool = Enumerable.Range(0, 3_000).Select(i => "pc6-" + new string((char)('a' + (i % 26)), random.Next(0, 127)) + i).ToArray();
        var values = Enumerable.Range(0, 40_000).Select(_ => System.Text.Encoding.UTF8.GetBytes(pool[random.Next(random.Next(1, pool.Length))])).ToArray();
        var one = new KeyColumnIndexBuilder.Utf8Interner();
        var expected = values.Select(v => one.IdOf(v)).ToArray();

        var paged = new KeyColumnIndexBuilder.Utf8Interner();
        var actual = new int[values.Length];
        for (var start = 0; start < values.Length;)
        {
            var count = Math.Min(random.Next(1, 400), values.Length - start);
            var page = values.AsSpan(start, count);
            var offsets = new int[count + 1];
            for (var i = 0; i < count; i++)
            {
                offsets[i + 1] = offsets[i] + page[i].Length;
            }

            paged.IdsOf([.. page.ToArray().SelectMany(v => v)], offsets, actual.AsSpan(start, count));
            start += count;
        }

        Assert.Equal(expected, actual);
        Assert.Equal(one.Count, paged.Count);
        Assert.True(one.Utf8.SequenceEqual(paged.Utf8));
        Assert.True(one.Offsets.SequenceEqual(paged.Offsets));
    }

    [Fact]
    public void Write_SameBytesWhateverTheNumberOfRuns()
    {
        var (path, _) = Source();
        var bytes = new[] { 1, 2, 3, 7 }.Select(runs =>
        {
            var index = Path.Combine(_dir, $"k{runs}.idx");
            Assert.True(KeyColumnIndexBuilder.Write(path, "k", index, runs));
            return File.ReadAllBytes(index);
        }).ToArray();

        Assert.All(bytes.Skip(1), b => Assert.Equal(bytes[0], b));
    }

    [Fact]
    public void TryOpen_RefusesAMissingTruncatedOrForeignFile_ReadIdsRefusesAnIdOutOfRange()
    {
        var (path, _) = Source();
        var index = Path.Combine(_dir, "k.idx");
        Assert.True(KeyColumnIndexBuilder.Write(path, "k", index));
        var schema = new ColumnSchema("k", ColumnKind.String);
        var good = File.ReadAllBytes(index);

        Assert.Null(KeyColumnIndex.TryOpen(Path.Combine(_dir, "none.idx"), schema, Rows));
        Assert.Null(KeyColumnIndex.TryOpen(index, schema, Rows + 1)); // made from another file

        File.WriteAllBytes(index, good[..^4]);
        Assert.Null(KeyColumnIndex.TryOpen(index, schema, Rows));

        var foreign = (byte[])good.Clone();
        foreign[0] = (byte)'X';
        File.WriteAllBytes(index, foreign);
        Assert.Null(KeyColumnIndex.TryOpen(index, schema, Rows));

        var damaged = (byte[])good.Clone();
        BitConverter.TryWriteBytes(damaged.AsSpan(damaged.Length - 4), 1_000_000); // the last row's id
        File.WriteAllBytes(index, damaged);
        using var opened = KeyColumnIndex.TryOpen(index, schema, Rows);
        Assert.NotNull(opened);
        var error = Assert.Throws<InvalidOperationException>(() => opened.ReadIds(Rows - 10, new int[10]));
        Assert.Contains(index, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indexes_MadeOncePerContent_OlderContentsRemoved_NoneWithoutAContentKey()
    {
        var (path, _) = Source();
        var state = Path.Combine(_dir, "state");
        var made = new List<string>();
        var indexes = new KeyColumnIndexes(state, made.Add);
        var schema = TableParquet.Read(path).Schema;
        var first = new IngestedSource("big", path, schema, Rows) { ContentKey = "content-1" };

        using (var a = new Disposing(indexes.Open(first, ["k", "n", "missing"])))
        {
            Assert.Equal(["k"], a.Indexes.Keys);
        }

        using (var b = new Disposing(indexes.Open(first, ["k"])))
        {
            Assert.Single(b.Indexes);
        }

        Assert.Single(made); // the second open found the file
        var folders = Directory.GetDirectories(Path.Combine(state, "cache", "key-index", "big"));
        Assert.Single(folders);

        using (var c = new Disposing(indexes.Open(new IngestedSource("big", path, schema, Rows) { ContentKey = "content-2" }, ["k"])))
        {
            Assert.Single(c.Indexes);
        }

        Assert.Equal(2, made.Count);
        var now = Directory.GetDirectories(Path.Combine(state, "cache", "key-index", "big"));
        Assert.Single(now);
        Assert.NotEqual(folders[0], now[0]);

        Assert.Empty(indexes.Open(new IngestedSource("big", path, schema, Rows), ["k"]));
    }

    /// <summary>A string column of repeated, unique, null, empty and non-ASCII values in row groups of 4,000 rows.</summary>
    private (string Path, string?[] Values) Source(bool dictionary = true)
    {
        var schema = new TableSchema([new ColumnSchema("k", ColumnKind.String), new ColumnSchema("n", ColumnKind.Int32)]);
        var values = Enumerable.Range(0, Rows).Select(i => (i % 11) switch
        {
            0 => null,
            1 => "",
            2 => $"ü-{i % 37}-é",
            3 => $"unique-{i}-{new string('x', i % 70)}",
            _ => $"k{(i * 7919) % 1500}",
        }).ToArray();
        var table = new Table(schema, [new StringColumn(schema[0], values), new Column<int>(schema[1], [.. Enumerable.Range(0, Rows)])]);
        var path = Path.Combine(_dir, "big.parquet");
        TableParquet.Write(table, path, options: new ParquetWriterOptions { MaxRowGroupRows = 4_000, EnableDictionary = dictionary });
        return (path, values);
    }

    private sealed class Disposing(Dictionary<string, KeyColumnIndex> indexes) : IDisposable
    {
        public Dictionary<string, KeyColumnIndex> Indexes => indexes;

        public void Dispose()
        {
            foreach (var index in indexes.Values)
            {
                index.Dispose();
            }
        }
    }
}
