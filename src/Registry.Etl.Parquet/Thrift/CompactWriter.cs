using System.Buffers;
using System.Text;

namespace Registry.Etl.Parquet.Thrift;

/// <summary>
/// Writes Thrift compact protocol structs (thrift doc/specs/thrift-compact-protocol.md): field headers
/// with id deltas, zigzag varints, length-prefixed binary, list headers. Structs are written by calling
/// <see cref="BeginStruct"/>/<see cref="EndStruct"/> around their fields, in increasing field id order.
/// </summary>
internal sealed class CompactWriter
{
    private readonly ArrayBufferWriter<byte> _buffer;
    private readonly Stack<short> _lastFieldIds = new();
    private short _lastFieldId;

    public CompactWriter(int initialCapacity = 256) => _buffer = new ArrayBufferWriter<byte>(initialCapacity);

    public ReadOnlySpan<byte> WrittenSpan => _buffer.WrittenSpan;

    public int Length => _buffer.WrittenCount;

    public void Clear()
    {
        _buffer.ResetWrittenCount();
        _lastFieldIds.Clear();
        _lastFieldId = 0;
    }

    public void BeginStruct()
    {
        _lastFieldIds.Push(_lastFieldId);
        _lastFieldId = 0;
    }

    public void EndStruct()
    {
        WriteByte(CompactType.Stop);
        _lastFieldId = _lastFieldIds.Pop();
    }

    public void FieldI32(short id, int value)
    {
        FieldHeader(id, CompactType.I32);
        WriteVarInt(ZigZag(value));
    }

    public void FieldI64(short id, long value)
    {
        FieldHeader(id, CompactType.I64);
        WriteVarInt(ZigZag(value));
    }

    public void FieldI8(short id, sbyte value)
    {
        FieldHeader(id, CompactType.I8);
        WriteByte((byte)value);
    }

    public void FieldBool(short id, bool value) => FieldHeader(id, value ? CompactType.BooleanTrue : CompactType.BooleanFalse);

    public void FieldBinary(short id, ReadOnlySpan<byte> value)
    {
        FieldHeader(id, CompactType.Binary);
        Binary(value);
    }

    public void FieldString(short id, string value)
    {
        FieldHeader(id, CompactType.Binary);
        String(value);
    }

    /// <summary>Starts a struct-valued field; close it with <see cref="EndStruct"/>.</summary>
    public void FieldStructBegin(short id)
    {
        FieldHeader(id, CompactType.Struct);
        BeginStruct();
    }

    /// <summary>Starts a list field of <paramref name="count"/> elements; write them with the element methods.</summary>
    public void FieldListBegin(short id, byte elementType, int count)
    {
        FieldHeader(id, CompactType.List);
        if (count < 15)
        {
            WriteByte((byte)((count << 4) | elementType));
        }
        else
        {
            WriteByte((byte)(0xF0 | elementType));
            WriteVarInt((uint)count);
        }
    }

    public void I32(int value) => WriteVarInt(ZigZag(value));

    public void I64(long value) => WriteVarInt(ZigZag(value));

    public void String(string value)
    {
        var byteCount = Encoding.UTF8.GetByteCount(value);
        WriteVarInt((uint)byteCount);
        var span = _buffer.GetSpan(byteCount);
        Encoding.UTF8.GetBytes(value, span);
        _buffer.Advance(byteCount);
    }

    public void Binary(ReadOnlySpan<byte> value)
    {
        WriteVarInt((uint)value.Length);
        value.CopyTo(_buffer.GetSpan(value.Length));
        _buffer.Advance(value.Length);
    }

    private void FieldHeader(short id, byte type)
    {
        var delta = id - _lastFieldId;
        if (delta is > 0 and <= 15)
        {
            WriteByte((byte)((delta << 4) | type));
        }
        else
        {
            WriteByte(type);
            WriteVarInt(ZigZag(id));
        }

        _lastFieldId = id;
    }

    private void WriteByte(byte value)
    {
        _buffer.GetSpan(1)[0] = value;
        _buffer.Advance(1);
    }

    private void WriteVarInt(ulong value)
    {
        var span = _buffer.GetSpan(10);
        var i = 0;
        while (value >= 0x80)
        {
            span[i++] = (byte)(value | 0x80);
            value >>= 7;
        }

        span[i++] = (byte)value;
        _buffer.Advance(i);
    }

    private static ulong ZigZag(long value) => (ulong)((value << 1) ^ (value >> 63));

    private static uint ZigZag(int value) => (uint)((value << 1) ^ (value >> 31));
}
