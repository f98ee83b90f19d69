using Registry.Etl.Parquet.Reading;
using Registry.Etl.Parquet.Tests.Support;

namespace Registry.Etl.Parquet.Tests.Reading;

/// <summary>
/// Files written by DuckDB and arrow-rs (TestData/Foreign, see its README) read back with exactly the
/// values DuckDB holds: data pages v1 and v2; PLAIN, dictionary, DELTA_*, BYTE_STREAM_SPLIT, RLE booleans;
/// SNAPPY, GZIP and UNCOMPRESSED.
/// </summary>
public sealed class ForeignFilesTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestData", "Foreign");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.parquet").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void ReadAll_FileFromAnotherWriter_HasTheWrittenValues(string file)
    {
        var expected = ExpectedTable.Load(Path.Combine(Folder, "expected.json"));

        using var reader = ParquetFileReader.Open(Path.Combine(Folder, file));
        var batch = reader.ReadAll();

        Assert.Equal(expected.Rows, batch.RowCount);
        Assert.Equal(expected.Columns.Keys, reader.Schema.Fields.Select(f => f.Name));
        foreach (var field in reader.Schema.Fields)
        {
            var column = batch[field.Name];
            var actual = Enumerable.Range(0, batch.RowCount).Select(i => Canonical.Of(field, column, i)).ToArray();
            Assert.Equal(expected.Columns[field.Name], actual);
        }
    }

    [Fact]
    public void Metadata_DuckDbFile_DescribesSchemaAndStatistics()
    {
        using var reader = ParquetFileReader.Open(Path.Combine(Folder, "duckdb-v1-snappy.parquet"));

        Assert.StartsWith("DuckDB version v1.5.6", reader.Metadata.CreatedBy, StringComparison.Ordinal);
        Assert.Equal("DECIMAL(38,6)", reader.Schema["dec38"].LogicalTypeDisplay);
        Assert.Equal("TIMESTAMP(MILLIS, local)", reader.Schema["tsms"].LogicalTypeDisplay);
        Assert.Equal("TIMESTAMP(MICROS, UTC)", reader.Schema["tstz"].LogicalTypeDisplay);
        var seq = reader.Metadata.RowGroups[0].Columns[0].Statistics!;
        Assert.Equal(0L, seq.Min);
        Assert.Equal(299L, seq.Max);
        Assert.Equal(ParquetCompression.Snappy, reader.Metadata.RowGroups[0].Columns[0].Codec);
    }
}
