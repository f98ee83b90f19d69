using Registry.Etl.Parquet.Schema;
using Registry.Etl.Parquet.Tests.Support;
using Registry.Etl.Parquet.Writing;

namespace Registry.Etl.Parquet.Tests.Writing;

/// <summary>Dictionary encoding while it pays, PLAIN once the dictionary grows too large or stops paying.</summary>
public sealed class DictionaryFallbackTests
{
    [Fact]
    public void Write_FewDistinctValues_UsesDictionaryEncoding()
    {
        var values = Enumerable.Range(0, 20_000).Select(i => "naam_" + (i % 50)).ToArray();

        var encodings = ChunkEncodings(Column.Of(ParquetField.String("s", nullable: false), values), new ParquetWriterOptions());

        Assert.Equal([ParquetEncoding.Plain, ParquetEncoding.RleDictionary], encodings);
    }

    [Fact]
    public void Write_DictionaryOutgrowsItsLimit_FallsBackToPlainAndReadsBack()
    {
        var values = Enumerable.Range(0, 20_000).Select(i => "value-" + i).ToArray();
        var column = Column.Of(ParquetField.String("s"), values);
        var options = new ParquetWriterOptions { MaxDictionaryBytes = 1000 };

        var bytes = ParquetTestFiles.Write([column], options);

        using var reader = ParquetTestFiles.Open(bytes);
        var chunk = reader.Metadata.RowGroups[0].Columns[0];
        Assert.Equal([ParquetEncoding.Plain, ParquetEncoding.Rle, ParquetEncoding.RleDictionary], chunk.Encodings);
        Assert.NotNull(chunk.DictionaryPageOffset);
        Assert.Equal(values, reader.ReadAll().Get<string?>("s").Values.ToArray());
    }

    [Fact]
    public void Write_HighCardinalityIntegers_FallBackToPlainEarly()
    {
        var values = Enumerable.Range(0, 50_000).Select(i => i * 2654435761L).ToArray();

        var encodings = ChunkEncodings(Column.Of(ParquetField.Int64("x", nullable: false), values), new ParquetWriterOptions());

        Assert.Contains(ParquetEncoding.Plain, encodings);
        Assert.Contains(ParquetEncoding.RleDictionary, encodings); // the first segments, before the check showed PLAIN is smaller
    }

    [Fact]
    public void Write_DictionaryDisabled_UsesPlainOnly()
    {
        var values = Enumerable.Range(0, 1000).Select(i => i % 3).ToArray();

        var encodings = ChunkEncodings(Column.Of(ParquetField.Int32("x", nullable: false), values), new ParquetWriterOptions { EnableDictionary = false });

        Assert.Equal([ParquetEncoding.Plain], encodings);
    }

    private static IReadOnlyList<ParquetEncoding> ChunkEncodings(TestColumn column, ParquetWriterOptions options)
    {
        using var reader = ParquetTestFiles.Open(ParquetTestFiles.Write([column], options));
        return reader.Metadata.RowGroups[0].Columns[0].Encodings;
    }
}
