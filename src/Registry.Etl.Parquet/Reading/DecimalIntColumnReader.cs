using System.Buffers;
using System.Runtime.InteropServices;
using Registry.Etl.Parquet.Data;
using Registry.Etl.Parquet.Encodings;
using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Reading;

/// <summary>DECIMAL on INT32 or INT64 (and INT96 timestamps, as nanoseconds): decode the physical integers, then convert.</summary>
internal sealed class DecimalIntColumnReader<TPhysical> : ColumnReader<decimal>
    where TPhysical : unmanaged
{
    private readonly Func<TPhysical, Int128> _widen;
    private TPhysical[]? _dictionary;

    public DecimalIntColumnReader(ParquetField field, ParquetErrorLocation location, Func<TPhysical, Int128> widen)
        : base(field, location)
    {
        _widen = widen;
    }

    public override bool HasDictionary => _dictionary is not null;

    public override void ReadDictionary(ReadOnlySpan<byte> data, int count)
    {
        if ((long)count * Marshal.SizeOf<TPhysical>() > data.Length)
        {
            Throw.Format($"Corrupt dictionary page: {count} entries do not fit in {data.Length} bytes", Location);
        }

        _dictionary = new TPhysical[count];
        PlainDecoder.ReadFixed(data, _dictionary.AsSpan(), Location);
    }

    public override void ReadValues(ParquetEncoding encoding, ReadOnlySpan<byte> data, int count, int destination)
    {
        var scratch = ArrayPool<TPhysical>.Shared.Rent(Math.Max(count, 1));
        try
        {
            var physical = scratch.AsSpan(0, count);
            if (!FixedDecoding.TryDecode(encoding, data, physical, _dictionary, Location))
            {
                NotSupportedEncoding(encoding);
            }

            var output = Values.AsSpan(destination, count);
            for (var i = 0; i < count; i++)
            {
                output[i] = DecimalBytes.ToDecimal(_widen(physical[i]), Field.Scale, Field.Name, Location);
            }
        }
        finally
        {
            ArrayPool<TPhysical>.Shared.Return(scratch);
        }
    }

    protected override ParquetColumnData Wrap(decimal[] values, bool[]? validity) => ParquetColumnData.Decimal(values, validity);
}
