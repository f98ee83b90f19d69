using System.Buffers;

namespace Registry.Etl.Parquet.Encodings;

/// <summary>Variable-length values decoded from a page, packed end to end in one pooled buffer.</summary>
internal sealed class ByteArrayBatch : IDisposable
{
    private byte[] _bytes = ArrayPool<byte>.Shared.Rent(64 * 1024);
    private int[] _offsets = ArrayPool<int>.Shared.Rent(4096);
    private int _length;

    public ByteArrayBatch() => _offsets[0] = 0; // pooled arrays are not cleared

    public int Count { get; private set; }

    /// <summary>The values' bytes, one after another.</summary>
    public ReadOnlySpan<byte> Bytes => _bytes.AsSpan(0, _length);

    /// <summary>Where each value starts in <see cref="Bytes"/>, and where the last ends (<see cref="Count"/> + 1 entries).</summary>
    public ReadOnlySpan<int> Offsets => _offsets.AsSpan(0, Count + 1);

    public ReadOnlySpan<byte> this[int index] => _bytes.AsSpan(_offsets[index], _offsets[index + 1] - _offsets[index]);

    public void Clear()
    {
        Count = 0;
        _length = 0;
        _offsets[0] = 0;
    }

    public void Add(ReadOnlySpan<byte> value)
    {
        var span = Reserve(value.Length);
        value.CopyTo(span);
        Commit(value.Length);
    }

    /// <summary>Space for the next value; call <see cref="Commit"/> with its length.</summary>
    public Span<byte> Reserve(int length)
    {
        if (_length + length > _bytes.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Array.MaxLength, Math.Max(_bytes.Length * 2L, (long)_length + length)));
            _bytes.AsSpan(0, _length).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = bigger;
        }

        if (Count + 2 > _offsets.Length)
        {
            var bigger = ArrayPool<int>.Shared.Rent(_offsets.Length * 2);
            _offsets.AsSpan(0, Count + 1).CopyTo(bigger);
            ArrayPool<int>.Shared.Return(_offsets);
            _offsets = bigger;
        }

        return _bytes.AsSpan(_length, length);
    }

    public void Commit(int length)
    {
        _length += length;
        Count++;
        _offsets[Count] = _length;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_bytes);
        ArrayPool<int>.Shared.Return(_offsets);
        _bytes = [];
        _offsets = [];
    }
}
