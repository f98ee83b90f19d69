using System.Text;

namespace Registry.Etl.Parquet.Thrift;

/// <summary>
/// Reads Thrift compact protocol structs from a span, defensively: every read is bounds-checked, list
/// sizes are bounded by the bytes left, nesting is bounded, and any violation is a
/// <see cref="ParquetFormatException"/> naming the byte offset. Never allocates more than the input holds.
/// </summary>
internal ref struct CompactReader
{
    private const int MaxDepth = 32;
    private readonly ReadOnlySpan<byte> _data;
    private readonly long _baseOffset;
    private readonly ParquetErrorLocation _location;
    private readonly string _what;
    private int _position;

    /// <param name="data">The bytes holding the struct(s).</param>
    /// <param name="baseOffset">File offset of <paramref name="data"/>[0], for error messages.</param>
    /// <param name="what">What is being read, e.g. "file footer" or "page header".</param>
    /// <param name="location">Row group and column, when known.</param>
    public CompactReader(ReadOnlySpan<byte> data, long baseOffset, string what, ParquetErrorLocation location = default)
    {
        _data = data;
        _baseOffset = baseOffset;
        _what = what;
        _location = location;
        _position = 0;
    }

    public readonly int Position => _position;

    public readonly int Remaining => _data.Length - _position;

    /// <summary>Reads the next field header; false at the struct's stop byte.</summary>
    public bool NextField(ref short lastFieldId, out byte type, out short id)
    {
        var header = ReadByte();
        type = (byte)(header & 0x0F);
        if (type == CompactType.Stop)
        {
            id = 0;
            return false;
        }

        var delta = header >> 4;
        id = delta != 0 ? (short)(lastFieldId + delta) : ReadFieldId();
        lastFieldId = id;
        if (type > CompactType.Uuid)
        {
            Fail($"unknown field type {type} for field {id}");
        }

        return true;
    }

    public byte ReadByte()
    {
        if (_position >= _data.Length)
        {
            Fail("ends unexpectedly");
        }

        return _data[_position++];
    }

    public int ReadI32()
    {
        var raw = ReadVarInt(5);
        if (raw > uint.MaxValue)
        {
            Fail("has an i32 varint out of range");
        }

        var u = (uint)raw;
        return (int)(u >> 1) ^ -(int)(u & 1);
    }

    public long ReadI64()
    {
        var u = ReadVarInt(10);
        return (long)(u >> 1) ^ -(long)(u & 1);
    }

    public double ReadDouble()
    {
        Require(8);
        var value = BitConverter.ToDouble(_data.Slice(_position, 8));
        _position += 8;
        return value;
    }

    /// <summary>A field's value of the expected type as an i32 (i8/i16/i32 are accepted alike).</summary>
    public int ReadI32Field(byte type, short id)
    {
        return type switch
        {
            CompactType.I8 => (sbyte)ReadByte(),
            CompactType.I16 or CompactType.I32 => ReadI32(),
            _ => WrongType<int>(type, id, "an integer"),
        };
    }

    public long ReadI64Field(byte type, short id)
    {
        return type switch
        {
            CompactType.I8 => (sbyte)ReadByte(),
            CompactType.I16 or CompactType.I32 or CompactType.I64 => ReadI64(),
            _ => WrongType<long>(type, id, "an integer"),
        };
    }

    public readonly bool ReadBoolField(byte type, short id) => type switch
    {
        CompactType.BooleanTrue => true,
        CompactType.BooleanFalse => false,
        _ => WrongType<bool>(type, id, "a bool"),
    };

    public ReadOnlySpan<byte> ReadBinaryField(byte type, short id)
    {
        if (type != CompactType.Binary)
        {
            WrongType<int>(type, id, "binary");
        }

        return ReadBinary();
    }

    public string ReadStringField(byte type, short id) => DecodeUtf8(ReadBinaryField(type, id));

    public ReadOnlySpan<byte> ReadBinary()
    {
        var length = ReadVarInt(5);
        if (length > (ulong)Remaining)
        {
            Fail($"has a binary of {length} bytes where only {Remaining} remain");
        }

        var span = _data.Slice(_position, (int)length);
        _position += (int)length;
        return span;
    }

    public string ReadString() => DecodeUtf8(ReadBinary());

    /// <summary>Reads a list header; the count is checked against the bytes left (every element takes at least one byte).</summary>
    public int ReadListHeader(byte fieldType, short id, out byte elementType)
    {
        if (fieldType is not (CompactType.List or CompactType.Set))
        {
            WrongType<int>(fieldType, id, "a list");
        }

        return ReadCollectionHeader(out elementType);
    }

    public readonly void ExpectStruct(byte type, short id)
    {
        if (type != CompactType.Struct)
        {
            WrongType<int>(type, id, "a struct");
        }
    }

    public readonly void ExpectElement(byte elementType, byte expected, short id)
    {
        var ok = elementType == expected || (expected == CompactType.BooleanFalse && elementType == CompactType.BooleanTrue);
        if (!ok)
        {
            Fail($"has list field {id} with elements of type {elementType}, expected {expected}");
        }
    }

    /// <summary>Skips a value of the given type (an unknown field), bounded in depth.</summary>
    public void Skip(byte type, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            Fail("nests deeper than any valid Parquet metadata");
        }

        switch (type)
        {
            case CompactType.BooleanTrue:
            case CompactType.BooleanFalse:
                return;
            case CompactType.I8:
                ReadByte();
                return;
            case CompactType.I16:
            case CompactType.I32:
            case CompactType.I64:
                ReadVarInt(10);
                return;
            case CompactType.Double:
                Require(8);
                _position += 8;
                return;
            case CompactType.Uuid:
                Require(16);
                _position += 16;
                return;
            case CompactType.Binary:
                ReadBinary();
                return;
            case CompactType.List:
            case CompactType.Set:
                SkipList(depth);
                return;
            case CompactType.Map:
                SkipMap(depth);
                return;
            case CompactType.Struct:
                SkipStruct(depth);
                return;
            default:
                Fail($"has unknown type {type}");
                return;
        }
    }

    public void SkipStruct(int depth = 0)
    {
        short last = 0;
        while (NextField(ref last, out var type, out _))
        {
            Skip(type, depth + 1);
        }
    }

    public readonly T WrongType<T>(byte type, short id, string expected) =>
        Throw.Format<T>($"Corrupt {_what}: field {id} has Thrift type {type}, expected {expected}", _location.WithOffset(_baseOffset + _position));

    public readonly void Fail(string problem) =>
        Throw.Format($"Corrupt {_what}: {problem}", _location.WithOffset(_baseOffset + _position));

    private void SkipList(int depth)
    {
        var count = ReadCollectionHeader(out var elementType);
        for (var i = 0; i < count; i++)
        {
            if (elementType is CompactType.BooleanTrue or CompactType.BooleanFalse)
            {
                ReadByte();
            }
            else
            {
                Skip(elementType, depth + 1);
            }
        }
    }

    private void SkipMap(int depth)
    {
        var count = ReadVarInt(5);
        if (count == 0)
        {
            return;
        }

        if (count > (ulong)Remaining)
        {
            Fail($"has a map of {count} entries where only {Remaining} bytes remain");
        }

        var types = ReadByte();
        var keyType = (byte)(types >> 4);
        var valueType = (byte)(types & 0x0F);
        for (ulong i = 0; i < count; i++)
        {
            SkipElement(keyType, depth);
            SkipElement(valueType, depth);
        }
    }

    private void SkipElement(byte type, int depth)
    {
        if (type is CompactType.BooleanTrue or CompactType.BooleanFalse)
        {
            ReadByte();
        }
        else
        {
            Skip(type, depth + 1);
        }
    }

    private int ReadCollectionHeader(out byte elementType)
    {
        var header = ReadByte();
        elementType = (byte)(header & 0x0F);
        ulong count = (ulong)(header >> 4);
        if (count == 15)
        {
            count = ReadVarInt(5);
        }

        if (count > (ulong)Remaining)
        {
            Fail($"has a list of {count} elements where only {Remaining} bytes remain");
        }

        return (int)count;
    }

    private short ReadFieldId()
    {
        var id = ReadI32();
        if (id is < short.MinValue or > short.MaxValue)
        {
            Fail($"has field id {id} out of range");
        }

        return (short)id;
    }

    private ulong ReadVarInt(int maxBytes)
    {
        ulong result = 0;
        for (var shift = 0; shift < maxBytes * 7; shift += 7)
        {
            var b = ReadByte();
            result |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }

        Fail("has a varint longer than its type allows");
        return 0;
    }

    private readonly void Require(int bytes)
    {
        if (Remaining < bytes)
        {
            Fail("ends unexpectedly");
        }
    }

    private readonly string DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            return Throw.Format<string>($"Corrupt {_what}: a string is not valid UTF-8", _location.WithOffset(_baseOffset + _position), e);
        }
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
