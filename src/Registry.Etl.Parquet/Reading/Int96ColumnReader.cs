using Registry.Etl.Parquet.Data;
using Registry.Etl.Parquet.Encodings;
using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Reading;

/// <summary>Legacy INT96 timestamps (Impala, older Spark) read as long nanoseconds since the epoch.</summary>
internal sealed class Int96ColumnReader : ColumnReader<long>
{
    private long[]? _dictionary;

    public Int96ColumnReader(ParquetField field, ParquetErrorLocation location)
        : base(field, location)
    {
    }

    public override bool HasDictionary => _dictionary is not null;

    public override void ReadDictionary(ReadOnlySpan<byte> data, int count)
    {
        if (count * 12L > data.Length)
        {
            Throw.Format($"Corrupt dictionary page: {count} INT96 entries do not fit in {data.Length} bytes", Location);
        }

        _dictionary = new long[count];
        PlainDecoder.ReadInt96(data, _dictionary, Location);
    }

    public override void ReadValues(ParquetEncoding encoding, ReadOnlySpan<byte> data, int count, int destination)
    {
        var output = Values.AsSpan(destination, count);
        switch (encoding)
        {
            case ParquetEncoding.Plain:
                PlainDecoder.ReadInt96(data, output, Location);
                break;
            case ParquetEncoding.PlainDictionary:
            case ParquetEncoding.RleDictionary:
                FixedDecoding.TryDecode(encoding, data, output, _dictionary, Location);
                break;
            default:
                NotSupportedEncoding(encoding);
                break;
        }
    }

    protected override ParquetColumnData Wrap(long[] values, bool[]? validity) => ParquetColumnData.Int64(values, validity);
}
