using System.Buffers.Binary;
using Registry.Etl.Parquet.Data;
using Registry.Etl.Parquet.Encodings;
using Registry.Etl.Parquet.Format;
using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Writing;

/// <summary>
/// BYTE_ARRAY (strings as UTF-8, binary) and FIXED_LEN_BYTE_ARRAY: dictionary-encoded while that pays,
/// PLAIN otherwise (a 4-byte length before each BYTE_ARRAY value; none for fixed-length ones). Statistics
/// compare the bytes unsigned and lexicographically, the order parquet.thrift defines for them.
/// </summary>
internal sealed partial class ByteArrayColumnWriter : ColumnWriter
{
    private readonly ByteBuffer _dictionaryPlain = new(16 * 1024);
    private readonly List<int> _entryLengths = [];
    private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<byte[], int> _binaries = new(ByteArrayComparer.Instance);
    private readonly bool _fixedLength;
    private byte[] _min = new byte[64];
    private byte[] _max = new byte[64];
    private int _minLength = -1;
    private int _maxLength = -1;

    public ByteArrayColumnWriter(ParquetField field, ParquetWriterOptions options)
        : base(field, options, dictionaryCapable: true)
    {
        _fixedLength = field.PhysicalType == ParquetPhysicalType.FixedLenByteArray;
    }

    protected override int DictionaryCount => _entryLengths.Count;

    protected override long DictionaryPlainBytes => _dictionaryPlain.Length;

    /// <summary>Bytes a value takes PLAIN-encoded: its length prefix (BYTE_ARRAY only) and its bytes.</summary>
    private int PrefixBytes => _fixedLength ? 0 : 4;

    public override void Append(ParquetColumnData data, int start, int count)
    {
        if (data is ParquetUtf8Data utf8)
        {
            AppendUtf8(utf8, start, count);
        }
        else if (data is ParquetColumnData<string?> strings)
        {
            AppendStrings(strings.Values.Span.Slice(start, count), strings.HasValidity ? strings.Validity.Span.Slice(start, count) : default, start);
        }
        else
        {
            var binary = (ParquetColumnData<byte[]?>)data;
            AppendBinary(binary.Values.Span.Slice(start, count), binary.HasValidity ? binary.Validity.Span.Slice(start, count) : default, start);
        }
    }

    protected override ReadOnlySpan<byte> DictionaryPage(ByteBuffer scratch) => _dictionaryPlain.WrittenSpan;

    protected override Statistics BuildStatistics()
    {
        var stats = new Statistics();
        if (_minLength >= 0)
        {
            stats.MinValue = _min.AsSpan(0, _minLength).ToArray();
            stats.MaxValue = _max.AsSpan(0, _maxLength).ToArray();
            stats.IsMinValueExact = true;
            stats.IsMaxValueExact = true;
        }

        return stats;
    }

    protected override void ClearDictionaryAndStatistics()
    {
        _dictionaryPlain.Clear();
        _entryLengths.Clear();
        _strings.Clear();
        _binaries.Clear();
        _utf8Entries.Clear();
        ClearRecentStrings();
        ClearRecentSlices();
        _minLength = -1;
        _maxLength = -1;
    }

    /// <summary>Adds a new dictionary entry's PLAIN bytes, or returns false (nothing added) when the dictionary would outgrow its limit.</summary>
    private bool TryAddEntry(ReadOnlySpan<byte> bytes)
    {
        if (_dictionaryPlain.Length + PrefixBytes + bytes.Length > Options.MaxDictionaryBytes)
        {
            return false;
        }

        if (!_fixedLength)
        {
            _dictionaryPlain.WriteInt32(bytes.Length);
        }

        _dictionaryPlain.Write(bytes);
        _entryLengths.Add(bytes.Length);
        Observe(bytes);
        return true;
    }

    /// <summary>Appends one value's PLAIN bytes to the open page.</summary>
    private void WritePlain(ReadOnlySpan<byte> bytes)
    {
        var span = PlainValues.GetSpan(PrefixBytes + bytes.Length);
        if (!_fixedLength)
        {
            BinaryPrimitives.WriteInt32LittleEndian(span, bytes.Length);
        }

        bytes.CopyTo(span[PrefixBytes..]);
        PlainValues.Advance(PrefixBytes + bytes.Length);
        PlainEstimateBytes += PrefixBytes + bytes.Length;
        Observe(bytes);
        AddPlainRow();
    }

    private void Observe(ReadOnlySpan<byte> bytes)
    {
        if (_minLength < 0 || bytes.SequenceCompareTo(_min.AsSpan(0, _minLength)) < 0)
        {
            Keep(ref _min, ref _minLength, bytes);
        }

        if (_maxLength < 0 || bytes.SequenceCompareTo(_max.AsSpan(0, _maxLength)) > 0)
        {
            Keep(ref _max, ref _maxLength, bytes);
        }
    }

    private static void Keep(ref byte[] buffer, ref int length, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > buffer.Length)
        {
            buffer = new byte[Math.Max(bytes.Length, buffer.Length * 2)];
        }

        bytes.CopyTo(buffer);
        length = bytes.Length;
    }
}
