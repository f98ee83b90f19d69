using System.Buffers;
using System.Buffers.Binary;

namespace Registry.Etl.Parquet.Encodings;

/// <summary>A growable byte buffer on pooled arrays: page bodies, level runs, dictionary pages are built in these.</summary>
internal sealed class ByteBuffer : IDisposable
{
    private byte[] _data;
    private int _length;

    public ByteBuffer(int initialCapacity = 4096) => _data = ArrayPool<byte>.Shared.Rent(Math.Max(initialCapacity, 16));

    public int Length => _length;

    public ReadOnlySpan<byte> WrittenSpan => _data.AsSpan(0, _length);

    public ReadOnlyMemory<byte> WrittenMemory => _data.AsMemory(0, _length);

    public void Clear() => _length = 0;

    /// <summary>A span of at least <paramref name="size"/> writable bytes at the end; follow with <see cref="Advance"/>.</summary>
    public Span<byte> GetSpan(int size)
    {
        EnsureCapacity(size);
        return _data.AsSpan(_length);
    }

    public void Advance(int count) => _length += count;

    public void WriteByte(byte value)
    {
        EnsureCapacity(1);
        _data[_length++] = value;
    }

    public void WriteInt32(int value)
    {
        EnsureCapacity(4);
        BinaryPrimitives.WriteInt32LittleEndian(_data.AsSpan(_length), value);
        _length += 4;
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        EnsureCapacity(bytes.Length);
        bytes.CopyTo(_data.AsSpan(_length));
        _length += bytes.Length;
    }

    public void WriteVarUInt(uint value)
    {
        EnsureCapacity(5);
        while (value >= 0x80)
        {
            _data[_length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        _data[_length++] = (byte)value;
    }

    /// <summary>Overwrites 4 bytes at <paramref name="position"/> (a length prefix reserved earlier).</summary>
    public void PatchInt32(int position, int value) => BinaryPrimitives.WriteInt32LittleEndian(_data.AsSpan(position), value);

    public void EnsureCapacity(int additional)
    {
        if (_length + additional <= _data.Length)
        {
            return;
        }

        var size = Math.Max(_data.Length * 2L, (long)_length + additional);
        if (size > Array.MaxLength)
        {
            size = Math.Max(Array.MaxLength, _length + additional);
        }

        var bigger = ArrayPool<byte>.Shared.Rent((int)size);
        _data.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_data);
        _data = bigger;
    }

    public void Dispose()
    {
        if (_data.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_data);
            _data = [];
        }
    }
}
