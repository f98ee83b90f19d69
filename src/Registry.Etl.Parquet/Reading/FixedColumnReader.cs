using System.Runtime.InteropServices;
using Registry.Etl.Parquet.Data;
using Registry.Etl.Parquet.Encodings;
using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Reading;

/// <summary>INT32, INT64, FLOAT and DOUBLE columns read into int, long, float and double.</summary>
internal sealed class FixedColumnReader<T> : ColumnReader<T>
    where T : unmanaged
{
    private readonly Func<T[], bool[]?, ParquetColumnData> _wrap;
    private T[]? _dictionary;

    public FixedColumnReader(ParquetField field, ParquetErrorLocation location, Func<T[], bool[]?, ParquetColumnData> wrap)
        : base(field, location)
    {
        _wrap = wrap;
    }

    public override bool HasDictionary => _dictionary is not null;

    public override void ReadDictionary(ReadOnlySpan<byte> data, int count)
    {
        if ((long)count * Marshal.SizeOf<T>() > data.Length)
        {
            Throw.Format($"Corrupt dictionary page: {count} entries do not fit in {data.Length} bytes", Location);
        }

        _dictionary = new T[count];
        PlainDecoder.ReadFixed(data, _dictionary.AsSpan(), Location);
    }

    public override void ReadValues(ParquetEncoding encoding, ReadOnlySpan<byte> data, int count, int destination)
    {
        if (!FixedDecoding.TryDecode(encoding, data, Values.AsSpan(destination, count), _dictionary, Location))
        {
            NotSupportedEncoding(encoding);
        }
    }

    protected override ParquetColumnData Wrap(T[] values, bool[]? validity) => _wrap(values, validity);
}
