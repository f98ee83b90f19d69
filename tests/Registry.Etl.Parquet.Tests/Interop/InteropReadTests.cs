using Registry.Etl.Parquet.Reading;
using Registry.Etl.Parquet.Tests.Support;

namespace Registry.Etl.Parquet.Tests.Interop;

/// <summary>
/// Files DuckDB writes in every codec it shares with us (SNAPPY, GZIP, UNCOMPRESSED; v1 and v2 pages) and
/// files arrow-rs writes (v1, v2 with dictionaries, v2 DELTA_*, BYTE_STREAM_SPLIT), generated fresh, read by
/// our reader with exactly the values DuckDB holds.
/// </summary>
public sealed class InteropReadTests
{
    [Fact]
    public void Reader_FilesDuckDbAndArrowWrite_HaveExactlyTheirValues()
    {
        var folder = NodeInterop.TempFolder("read");
        NodeInterop.Run("gen-fixtures.mjs", folder, "5000").Dispose();
        var expected = ExpectedTable.Load(Path.Combine(folder, "expected.json"));
        var files = expected.Root.GetProperty("files").EnumerateArray().Select(f => f.GetString()!).ToList();
        var encodings = expected.Root.GetProperty("encodings");

        Assert.Equal(8, files.Count);
        foreach (var file in files)
        {
            using var reader = ParquetFileReader.Open(Path.Combine(folder, file));
            var batch = reader.ReadAll();
            Assert.Equal(expected.Rows, batch.RowCount);
            foreach (var field in reader.Schema.Fields)
            {
                var column = batch[field.Name];
                var actual = Enumerable.Range(0, batch.RowCount).Select(i => Canonical.Of(field, column, i)).ToArray();
                Assert.True(expected.Columns[field.Name].SequenceEqual(actual), $"{file} column {field.Name} differs");
            }

            // Our metadata agrees with DuckDB's reading of the same footer.
            var duck = encodings.GetProperty(file).EnumerateArray().ToList();
            Assert.Equal(duck.Select(c => c.GetProperty("row_groups").GetInt32()).Max(), reader.RowGroupCount);
            foreach (var c in duck)
            {
                var name = c.GetProperty("column").GetString()!;
                var ours = reader.Metadata.RowGroups.SelectMany(g => g.Columns.Where(x => x.Field.Name == name)).SelectMany(x => x.Encodings).Select(Name).ToHashSet();
                var theirs = c.GetProperty("encodings").EnumerateArray().SelectMany(e => e.GetString()!.Split(", ")).ToHashSet();
                Assert.True(theirs.SetEquals(ours), $"{file} {name}: ours {string.Join(",", ours)}, DuckDB {string.Join(",", theirs)}");
            }
        }

        // The generated files do exercise what the reader claims to support.
        var all = files.SelectMany(f => encodings.GetProperty(f).EnumerateArray()).SelectMany(c => c.GetProperty("encodings").EnumerateArray()).SelectMany(e => e.GetString()!.Split(", ")).ToHashSet();
        Assert.Superset(new HashSet<string> { "PLAIN", "PLAIN_DICTIONARY", "RLE_DICTIONARY", "RLE", "DELTA_BINARY_PACKED", "DELTA_LENGTH_BYTE_ARRAY", "DELTA_BYTE_ARRAY", "BYTE_STREAM_SPLIT" }, all);
        Directory.Delete(folder, recursive: true);
    }

    private static string Name(ParquetEncoding encoding) => Registry.Etl.Parquet.Reading.ColumnReader<int>.EncodingName(encoding);
}
