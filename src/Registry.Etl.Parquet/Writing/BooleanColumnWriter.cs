using Registry.Etl.Parquet.Data;
using Registry.Etl.Parquet.Encodings;
using Registry.Etl.Parquet.Format;
using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Writing;

/// <summary>BOOLEAN: PLAIN, one bit per value, least significant bit first; never dictionary-encoded.</summary>
internal sealed class BooleanColumnWriter : ColumnWriter
{
    private int _pendingBits;
    private int _pendingCount;
    private bool _sawFalse;
    private bool _sawTrue;

    public BooleanColumnWriter(ParquetField field, ParquetWriterOptions options)
        : base(field, options, dictionaryCapable: false)
    {
    }

    protected override int DictionaryCount => 0;

    protected override long DictionaryPlainBytes => 0;

    public override void Append(ParquetColumnData data, int start, int count)
    {
        var typed = (ParquetColumnData<bool>)data;
        var values = typed.Values.Span.Slice(start, count);
        var validity = typed.HasValidity ? typed.Validity.Span.Slice(start, count) : default;
        var done = 0;
        while (done < count)
        {
            var n = NextSegmentLength(count - done);
            for (var i = done; i < done + n; i++)
            {
                if (!validity.IsEmpty && !validity[i])
                {
                    AddNull();
                    continue;
                }

                var value = values[i];
                _sawTrue |= value;
                _sawFalse |= !value;
                _pendingBits |= (value ? 1 : 0) << _pendingCount;
                if (++_pendingCount == 8)
                {
                    PlainValues.WriteByte((byte)_pendingBits);
                    _pendingBits = 0;
                    _pendingCount = 0;
                }

                AddPlainRow();
            }

            done += n;
            EndSegment(n);
        }
    }

    protected override void FlushPendingValues()
    {
        if (_pendingCount > 0)
        {
            PlainValues.WriteByte((byte)_pendingBits);
            _pendingBits = 0;
            _pendingCount = 0;
        }
    }

    protected override ReadOnlySpan<byte> DictionaryPage(ByteBuffer scratch) => [];

    protected override Statistics BuildStatistics()
    {
        var stats = new Statistics();
        if (_sawFalse || _sawTrue)
        {
            stats.MinValue = [_sawFalse ? (byte)0 : (byte)1];
            stats.MaxValue = [_sawTrue ? (byte)1 : (byte)0];
            stats.IsMinValueExact = true;
            stats.IsMaxValueExact = true;
        }

        return stats;
    }

    protected override void ClearDictionaryAndStatistics()
    {
        _sawFalse = false;
        _sawTrue = false;
        _pendingBits = 0;
        _pendingCount = 0;
    }
}
