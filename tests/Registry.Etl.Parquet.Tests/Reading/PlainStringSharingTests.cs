using Registry.Etl.Parquet.Schema;
using Registry.Etl.Parquet.Tests.Support;
using Registry.Etl.Parquet.Writing;

namespace Registry.Etl.Parquet.Tests.Reading;

/// <summary>
/// Strings of PLAIN pages (a dictionary that outgrew its limit): values read back exactly, in order, with
/// nulls, non-ASCII text and long values; a value that repeats is one instance (the reader's recent-values
/// cache), which is what keeps reading a national register's pseudonym columns out of the garbage collector.
/// </summary>
public sealed class PlainStringSharingTests
{
    private static readonly ParquetWriterOptions PlainOnly = new() { MaxDictionaryBytes = 64 };

    [Fact]
    public void Read_PlainPagesOfRepeatingValues_ValuesExactAndRepeatsShareOneInstance()
    {
        var rng = new Random(7);
        var distinct = Enumerable.Range(0, 300).Select(i => Convert.ToHexString(BitConverter.GetBytes(i * 2654435761L)) + "-" + i).ToArray();
        var values = Enumerable.Range(0, 40_000).Select(_ => rng.Next(10) == 0 ? null : distinct[rng.Next(distinct.Length)]).ToArray();

        var read = ReadBack(values);

        Assert.Equal(values, read);
        var instances = read.Where(v => v is not null).Distinct(ReferenceEqualityComparer.Instance).Count();
        Assert.True(instances < distinct.Length * 2, $"{instances} instances for {distinct.Length} distinct values");
    }

    [Fact]
    public void Read_PlainPagesOfMostlyDistinctAndUnusualValues_ReadBackExactly()
    {
        var values = Enumerable.Range(0, 150_000)
            .Select(i => (i % 7) switch
            {
                0 => null,
                1 => string.Empty,
                2 => "café-" + i, // non-ASCII: never compared in place
                3 => new string('x', 200) + i, // longer than the cached length
                _ => "id-" + i,
            })
            .ToArray();

        Assert.Equal(values, ReadBack(values));
    }

    private static string?[] ReadBack(string?[] values)
    {
        var bytes = ParquetTestFiles.Write([Column.Of(ParquetField.String("s"), values)], PlainOnly);
        using var reader = ParquetTestFiles.Open(bytes);
        Assert.Contains(ParquetEncoding.Plain, reader.Metadata.RowGroups[0].Columns[0].Encodings);
        return reader.ReadAll().Get<string?>("s").Values.ToArray();
    }
}
