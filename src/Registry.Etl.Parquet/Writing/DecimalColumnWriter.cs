using System.Buffers;
using Registry.Etl.Parquet.Data;
using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Writing;

/// <summary>
/// DECIMAL(p, s) from decimal values: each value is rescaled to the column's scale exactly (never
/// rounded: a value with more decimals than the scale, or more digits than the precision, is an
/// <see cref="ArgumentException"/>), then stored as INT32, INT64 or big-endian FIXED_LEN_BYTE_ARRAY.
/// </summary>
internal sealed class DecimalColumnWriter<T, TTraits> : FixedWidthColumnWriter<T, TTraits>
    where T : unmanaged
    where TTraits : IValueTraits<T>
{
    private const int ChunkRows = 4096;
    private readonly Func<Int128, T> _narrow;

    public DecimalColumnWriter(ParquetField field, ParquetWriterOptions options, int width, Func<Int128, T> narrow)
        : base(field, options, width)
    {
        _narrow = narrow;
    }

    public override void Append(ParquetColumnData data, int start, int count)
    {
        var typed = (ParquetColumnData<decimal>)data;
        var values = typed.Values.Span.Slice(start, count);
        var validity = typed.HasValidity ? typed.Validity.Span.Slice(start, count) : default;
        var scratch = ArrayPool<T>.Shared.Rent(Math.Min(count, ChunkRows));
        try
        {
            for (var done = 0; done < count; done += ChunkRows)
            {
                var n = Math.Min(ChunkRows, count - done);
                for (var i = 0; i < n; i++)
                {
                    var row = done + i;
                    scratch[i] = !validity.IsEmpty && !validity[row]
                        ? default
                        : _narrow(DecimalScaling.ToUnscaled(values[row], Field, start + row));
                }

                AppendValues(scratch.AsSpan(0, n), validity.IsEmpty ? default : validity.Slice(done, n));
            }
        }
        finally
        {
            ArrayPool<T>.Shared.Return(scratch);
        }
    }
}
