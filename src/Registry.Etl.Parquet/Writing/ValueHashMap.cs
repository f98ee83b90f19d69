namespace Registry.Etl.Parquet.Writing;

/// <summary>
/// An insertion-ordered open-addressing hash set of fixed-width values mapping each to its dictionary
/// index: the dictionary of a column chunk. Equality is bitwise (see <see cref="IValueTraits{T}"/>).
/// The order of <see cref="Entries"/> is first appearance, so output never depends on hashing.
/// </summary>
internal sealed class ValueHashMap<T, TTraits>
    where T : unmanaged
    where TTraits : IValueTraits<T>
{
    private int[] _slots = new int[1024];
    private T[] _entries = new T[512];
    private int _count;
    private int _shift = 64 - 10;

    public int Count => _count;

    public ReadOnlySpan<T> Entries => _entries.AsSpan(0, _count);

    /// <summary>The slot for <paramref name="value"/>: holding it already (<see cref="IndexAt"/> &gt;= 0) or free for it.</summary>
    public int FindSlot(T value)
    {
        var mask = _slots.Length - 1;
        var slot = (int)((TTraits.Hash(value) * 0x9E3779B97F4A7C15UL) >> _shift);
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0 || TTraits.BitwiseEquals(_entries[entry - 1], value))
            {
                return slot;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>The dictionary index stored in a slot, or -1 when the slot is free.</summary>
    public int IndexAt(int slot) => _slots[slot] - 1;

    /// <summary>Adds a value at the free slot <see cref="FindSlot"/> returned; returns its index.</summary>
    public int InsertAt(int slot, T value)
    {
        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }

        _entries[_count] = value;
        _slots[slot] = ++_count;
        if (_count * 2 > _slots.Length)
        {
            Grow();
        }

        return _count - 1;
    }

    public void Clear()
    {
        if (_count > 0)
        {
            Array.Clear(_slots);
            _count = 0;
        }
    }

    private void Grow()
    {
        _slots = new int[_slots.Length * 2];
        _shift--;
        var mask = _slots.Length - 1;
        for (var i = 0; i < _count; i++)
        {
            var slot = (int)((TTraits.Hash(_entries[i]) * 0x9E3779B97F4A7C15UL) >> _shift);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = i + 1;
        }
    }
}
