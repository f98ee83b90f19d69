using Registry.Etl.Parquet.Schema;
using Registry.Etl.Parquet.Tests.Support;
using Registry.Etl.Parquet.Writing;

namespace Registry.Etl.Parquet.Tests.Writing;

/// <summary>
/// Rows that repeat one string instance are matched by reference before the text is hashed; a column that keeps
/// missing (more shared values than slots) gets more slots. Either way the file is the one distinct instances give.
/// </summary>
public sealed class SharedStringsTests
{
    [Theory]
    [InlineData(40, 5_000)] // few values: the first slots hold them
    [InlineData(37_000, 200_000)] // a birth-date pseudonym column: misses enough to be given more slots
    public void Write_SharedInstances_SameFileAsDistinctInstances(int distinct, int rows)
    {
        var shared = Enumerable.Range(0, distinct).Select(i => $"{i * 2_654_435_761L:x16}{i:x48}").ToArray();
        var random = new Random(distinct);
        var sharedRows = Enumerable.Range(0, rows).Select(_ => shared[random.Next(distinct)]).ToArray();
        var copies = sharedRows.Select(s => new string(s.AsSpan())).ToArray();
        var options = new ParquetWriterOptions { MaxDictionaryBytes = 4 << 20, MaxRowGroupRows = 65_536 };

        var viaShared = ParquetTestFiles.Write([Column.Of(ParquetField.String("s", nullable: false), sharedRows)], options);
        var viaCopies = ParquetTestFiles.Write([Column.Of(ParquetField.String("s", nullable: false), copies)], options);

        Assert.Equal(viaCopies, viaShared);
        using var reader = ParquetTestFiles.Open(viaShared);
        Assert.Equal(sharedRows, reader.ReadAll().Get<string?>("s").Values.ToArray());
        Assert.Contains(reader.Metadata.RowGroups[^1].Columns[0].Encodings, e => e == ParquetEncoding.RleDictionary);
    }
}
