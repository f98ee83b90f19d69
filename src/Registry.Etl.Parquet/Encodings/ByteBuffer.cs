using System.Buffers;
using System.Buffers.Binary;

namespace Registry.Etl.Parquet.Encodings;

/// <summary>
/// A growable byte buffer: page bodies, level runs and dictionaries are built in these. It can keep
/// headroom before its content, so a page's definition levels can be put in front of its values
/// without copying them, and it can own exactly sized arrays instead of pooled ones (whose power-of-two
/// sizes would double a page buffer's footprint).
/// </summary>
internal sealed class ByteBuffer : IDisposable
{
    private readonly bool _pooled;
    private readonly int _headroom;
    private byte[] _data;
    private int _end;

    public ByteBuffer(int initialCapacity = 4096, int headroom = 0, bool pooled = true)
    {
        _pooled = pooled;
        _headroom = headroom;
        var size = Math.Max(initialCapacity, 16) + headroom;
        _data = pooled ? ArrayPool<byte>.Shared.Rent(size) : GC.AllocateUninitializedArray<byte>(size);
        _end = headroom;
    }

    public int Length => _end - _headroom;

    public ReadOnlySpan<byte> WrittenSpan => _data.AsSpan(_headroom, Length);

    public void Clear() => _end = _headroom;

    /// <summary>The last <paramref name="bytes"/> bytes of the headroom, to write a prefix into.</summary>
    public Span<byte> HeadroomTail(int bytes) => _data.AsSpan(_headroom - bytes, bytes);

    /// <summary>The content with the last <paramref name="bytes"/> bytes of headroom in front of it.</summary>
    public ReadOnlySpan<byte> WithPrefix(int bytes) => _data.AsSpan(_headroom - bytes, Length + bytes);

    /// <summary>A span of at least <paramref name="size"/> writable bytes at the end; follow with <see cref="Advance"/>.</summary>
    public Span<byte> GetSpan(int size)
    {
        EnsureCapacity(size);
        return _data.AsSpan(_end);
    }

    public void Advance(int count) => _end += count;

    public void WriteByte(byte value)
    {
        EnsureCapacity(1);
        _data[_end++] = value;
    }

    public void WriteInt32(int value)
    {
        EnsureCapacity(4);
        BinaryPrimitives.WriteInt32LittleEndian(_data.AsSpan(_end), value);
        _end += 4;
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        EnsureCapacity(bytes.Length);
        bytes.CopyTo(_data.AsSpan(_end));
        _end += bytes.Length;
    }

    public void WriteVarUInt(uint value)
    {
        EnsureCapacity(5);
        while (value >= 0x80)
        {
            _data[_end++] = (byte)(value | 0x80);
            value >>= 7;
        }

        _data[_end++] = (byte)value;
    }

    /// <summary>Overwrites 4 bytes at content position <paramref name="position"/> (a length prefix reserved earlier).</summary>
    public void PatchInt32(int position, int value) => BinaryPrimitives.WriteInt32LittleEndian(_data.AsSpan(_headroom + position), value);

    public void EnsureCapacity(int additional)
    {
        if (_end + additional <= _data.Length)
        {
            return;
        }

        var grown = _pooled ? _data.Length * 2L : _data.Length + (_data.Length / 2L);
        var size = Math.Min(Array.MaxLength, Math.Max(grown, (long)_end + additional));
        var bigger = _pooled ? ArrayPool<byte>.Shared.Rent((int)size) : GC.AllocateUninitializedArray<byte>((int)size);
        _data.AsSpan(0, _end).CopyTo(bigger);
        if (_pooled)
        {
            ArrayPool<byte>.Shared.Return(_data);
        }

        _data = bigger;
    }

    public void Dispose()
    {
        if (_pooled && _data.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_data);
        }

        _data = [];
    }
}
