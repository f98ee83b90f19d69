using System.Runtime.InteropServices;
using Registry.Etl.Parquet.Data;
using Registry.Etl.Parquet.Encodings;
using Registry.Etl.Parquet.Format;
using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Writing;

/// <summary>
/// INT32, INT64, FLOAT, DOUBLE (and, through <see cref="DecimalColumnWriter{T, TTraits}"/>, DECIMAL):
/// dictionary-encoded while that pays, PLAIN otherwise, with min/max statistics in the type's order.
/// </summary>
internal class FixedWidthColumnWriter<T, TTraits> : ColumnWriter
    where T : unmanaged
    where TTraits : IValueTraits<T>
{
    private readonly ValueHashMap<T, TTraits> _dictionary = new();
    private readonly int _width;
    private T _min;
    private T _max;
    private bool _hasMinMax;
    private long _nanCount;

    public FixedWidthColumnWriter(ParquetField field, ParquetWriterOptions options, int width)
        : base(field, options, dictionaryCapable: true)
    {
        _width = width;
    }

    protected override int DictionaryCount => _dictionary.Count;

    protected override long DictionaryPlainBytes => (long)_dictionary.Count * _width;

    public override void Append(ParquetColumnData data, int start, int count)
    {
        var typed = (ParquetColumnData<T>)data;
        AppendValues(typed.Values.Span.Slice(start, count), typed.HasValidity ? typed.Validity.Span.Slice(start, count) : default);
    }

    /// <summary>Appends values; <paramref name="validity"/> is empty when none is null.</summary>
    protected void AppendValues(ReadOnlySpan<T> values, ReadOnlySpan<bool> validity)
    {
        var done = 0;
        while (done < values.Length)
        {
            var n = NextSegmentLength(values.Length - done);
            var segment = values.Slice(done, n);
            var valid = validity.IsEmpty ? default : validity.Slice(done, n);
            if (DictionaryMode)
            {
                AppendDictionary(segment, valid);
            }
            else
            {
                AppendPlain(segment, valid);
            }

            done += n;
            EndSegment(n);
        }
    }

    protected override ReadOnlySpan<byte> DictionaryPage(ByteBuffer scratch)
    {
        var entries = _dictionary.Entries;
        if (typeof(T) != typeof(Int128))
        {
            return MemoryMarshal.AsBytes(entries); // PLAIN is the little-endian memory layout
        }

        var bytes = entries.Length * _width;
        TTraits.WritePlain(entries, scratch.GetSpan(bytes), _width);
        scratch.Advance(bytes);
        return scratch.WrittenSpan;
    }

    protected override Statistics BuildStatistics()
    {
        var stats = new Statistics();
        if (TTraits.IsFloatingPoint)
        {
            stats.NanCount = _nanCount;
        }

        if (_hasMinMax)
        {
            stats.MinValue = Encode(TTraits.StatMin(_min));
            stats.MaxValue = Encode(TTraits.StatMax(_max));
            stats.IsMinValueExact = true;
            stats.IsMaxValueExact = true;
        }

        return stats;
    }

    protected override void ClearDictionaryAndStatistics()
    {
        _dictionary.Clear();
        _hasMinMax = false;
        _nanCount = 0;
    }

    private void AppendDictionary(ReadOnlySpan<T> values, ReadOnlySpan<bool> validity)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (!validity.IsEmpty && !validity[i])
            {
                AddNull();
                continue;
            }

            var value = values[i];
            var slot = _dictionary.FindSlot(value);
            var index = _dictionary.IndexAt(slot);
            if (index < 0)
            {
                if (DictionaryPlainBytes + _width > Options.MaxDictionaryBytes)
                {
                    FallBackToPlain();
                    AppendPlain(values[i..], validity.IsEmpty ? default : validity[i..]);
                    return;
                }

                index = _dictionary.InsertAt(slot, value);
                Observe(value);
            }

            // NaNs are counted per value; the dictionary holds each NaN bit pattern once.
            if (TTraits.IsNaN(value))
            {
                _nanCount++;
            }

            PlainEstimateBytes += _width;
            AddIndex(index);
        }
    }

    private void AppendPlain(ReadOnlySpan<T> values, ReadOnlySpan<bool> validity)
    {
        var bytes = values.Length * _width;
        var span = PlainValues.GetSpan(bytes);
        if (validity.IsEmpty || !validity.Contains(false))
        {
            TTraits.WritePlain(values, span, _width);
            PlainValues.Advance(bytes);
            AddPlainRows(values.Length);
            PlainEstimateBytes += bytes;
            for (var i = 0; i < values.Length; i++)
            {
                Observe(values[i]);
                CountNaN(values[i]);
            }

            return;
        }

        var written = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (!validity[i])
            {
                AddNull();
                continue;
            }

            TTraits.WritePlain(values[i], span.Slice(written, _width), _width);
            written += _width;
            AddPlainRow();
            Observe(values[i]);
            CountNaN(values[i]);
        }

        PlainValues.Advance(written);
        PlainEstimateBytes += written;
    }

    private void CountNaN(T value)
    {
        if (TTraits.IsNaN(value))
        {
            _nanCount++;
        }
    }

    /// <summary>Min/max over non-NaN values (parquet.thrift ColumnOrder: NaN is never a bound).</summary>
    private void Observe(T value)
    {
        if (TTraits.IsNaN(value))
        {
            return;
        }

        if (!_hasMinMax)
        {
            _min = value;
            _max = value;
            _hasMinMax = true;
        }
        else
        {
            if (TTraits.LessThan(value, _min))
            {
                _min = value;
            }

            if (TTraits.LessThan(_max, value))
            {
                _max = value;
            }
        }
    }

    private byte[] Encode(T value)
    {
        var bytes = new byte[_width];
        TTraits.WritePlain(value, bytes, _width);
        return bytes;
    }
}
