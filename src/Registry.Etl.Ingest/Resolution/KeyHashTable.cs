using System.Runtime.InteropServices;

namespace Registry.Etl.Ingest.Resolution;

/// <summary>
/// A map from <see cref="KeyHash"/> to a non-zero <see cref="uint"/> (0 marks an empty slot), as flat arrays of
/// 20-byte structs with open addressing (linear probing): no object and no string per key. It is split into
/// 256 partitions by the hash's top byte, each growing on its own by half when 80% full, so growing never
/// holds more than one partition twice (a single table of 20 million keys would briefly hold ~1 GB twice) and
/// the slots stay between 53% and 80% used: about 25-38 bytes per key.
/// </summary>
public sealed class KeyHashTable
{
    private const int Partitions = 256;
    private const int InitialCapacity = 16;

    private readonly Slot[][] _slots = new Slot[Partitions][];
    private readonly int[] _counts = new int[Partitions];

    public KeyHashTable()
    {
        for (var p = 0; p < Partitions; p++)
        {
            _slots[p] = new Slot[InitialCapacity];
        }
    }

    /// <summary>Keys held.</summary>
    public long Count { get; private set; }

    /// <summary>Bytes of the slot arrays (what the table costs, besides a few small arrays).</summary>
    public long Bytes => _slots.Sum(s => (long)s.Length) * Marshal.SizeOf<Slot>();

    /// <summary>The value of <paramref name="hash"/>, added as 0 when missing (the caller then sets it non-zero).</summary>
    public ref uint GetOrAdd(KeyHash hash, out bool existed)
    {
        var p = Partition(hash);
        if (_counts[p] + 1 > _slots[p].Length / 5 * 4)
        {
            Grow(p);
        }

        var slots = _slots[p];
        var i = Home(hash, slots.Length);
        while (slots[i].Value != 0)
        {
            if (slots[i].Lo == hash.Lo && slots[i].Hi == hash.Hi)
            {
                existed = true;
                return ref slots[i].Value;
            }

            i = i + 1 == slots.Length ? 0 : i + 1;
        }

        existed = false;
        slots[i].Lo = hash.Lo;
        slots[i].Hi = hash.Hi;
        _counts[p]++;
        Count++;
        return ref slots[i].Value;
    }

    /// <summary>The value of <paramref name="hash"/>, or 0 when it is missing.</summary>
    public uint Get(KeyHash hash)
    {
        var slots = _slots[Partition(hash)];
        var i = Home(hash, slots.Length);
        while (slots[i].Value != 0)
        {
            if (slots[i].Lo == hash.Lo && slots[i].Hi == hash.Hi)
            {
                return slots[i].Value;
            }

            i = i + 1 == slots.Length ? 0 : i + 1;
        }

        return 0;
    }

    /// <summary>Removes every key whose value <paramref name="remove"/> selects (rebuilds the partitions that held one: rare, slow).</summary>
    public void RemoveWhere(Func<uint, bool> remove)
    {
        ArgumentNullException.ThrowIfNull(remove);
        for (var p = 0; p < Partitions; p++)
        {
            var old = _slots[p];
            if (!old.Any(s => s.Value != 0 && remove(s.Value)))
            {
                continue;
            }

            var slots = new Slot[old.Length];
            var count = 0;
            foreach (var s in old)
            {
                if (s.Value != 0 && !remove(s.Value))
                {
                    Place(slots, s);
                    count++;
                }
            }

            Count -= _counts[p] - count;
            _counts[p] = count;
            _slots[p] = slots;
        }
    }

    private void Grow(int p)
    {
        var old = _slots[p];
        var slots = new Slot[old.Length + (old.Length / 2)];
        foreach (var s in old)
        {
            if (s.Value != 0)
            {
                Place(slots, s);
            }
        }

        _slots[p] = slots;
    }

    private static void Place(Slot[] slots, Slot s)
    {
        var i = Home(new KeyHash(s.Lo, s.Hi), slots.Length);
        while (slots[i].Value != 0)
        {
            i = i + 1 == slots.Length ? 0 : i + 1;
        }

        slots[i] = s;
    }

    private static int Partition(KeyHash hash) => (int)(hash.Hi >> 56);

    /// <summary>The first slot to try: the low 32 bits scaled to the capacity (any capacity, not only powers of two).</summary>
    private static int Home(KeyHash hash, int capacity) => (int)(((hash.Lo & 0xFFFF_FFFF) * (ulong)capacity) >> 32);

    /// <summary>20 bytes: the hash and the value (0: empty).</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private struct Slot
    {
        public ulong Lo;
        public ulong Hi;
        public uint Value;
    }
}
