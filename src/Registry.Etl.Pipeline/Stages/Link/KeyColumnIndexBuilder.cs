using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Registry.Etl.Parquet.Reading;
using Registry.Etl.Pipeline.Publishing;

namespace Registry.Etl.Pipeline.Stages.Link;

/// <summary>
/// Writes a <see cref="KeyColumnIndex"/> file for one string column of a Parquet file: one pass over its row
/// groups in order, each value looked up by its UTF-8 bytes (no string per row), ids numbered by first
/// occurrence, so the same file gives the same index. Written to a temporary name, flushed, then renamed.
/// </summary>
internal static class KeyColumnIndexBuilder
{
    /// <summary>Writes the index of column <paramref name="column"/> of <paramref name="parquet"/> to <paramref name="path"/>; false (nothing written) when its values exceed 2 GB.</summary>
    public static bool Write(string parquet, string column, string path, int? runs = null)
    {
        if (!BitConverter.IsLittleEndian)
        {
            return false; // the file holds the ids as this machine's ints; the format is little-endian
        }

        var (ids, values) = Build(parquet, column, runs ?? Environment.ProcessorCount);
        if (values is null)
        {
            return false;
        }

        var temp = $"{path}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}";
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20))
            {
                Span<byte> header = stackalloc byte[KeyColumnIndex.HeaderBytes];
                KeyColumnIndex.Magic.CopyTo(header);
                BinaryPrimitives.WriteInt32LittleEndian(header[4..], KeyColumnIndex.Version);
                BinaryPrimitives.WriteInt32LittleEndian(header[8..], ids.Length);
                BinaryPrimitives.WriteInt32LittleEndian(header[12..], values.Count);
                BinaryPrimitives.WriteInt64LittleEndian(header[16..], values.Bytes);
                stream.Write(header);
                stream.Write(MemoryMarshal.AsBytes(values.Offsets));
                stream.Write(values.Utf8);
                stream.Write(MemoryMarshal.AsBytes(ids.AsSpan()));
            }

            FileSync.File(temp);
            File.Move(temp, path, overwrite: true);
            return true;
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    /// <summary>
    /// The row ids and distinct values of the column; values null when they exceed 2 GB. The row groups are
    /// split into one run of groups per core, each numbered on its own; then each later run's values are
    /// numbered into the first run's in their order, which gives exactly the numbering of one pass in file
    /// order (a value's id is its rank by first occurrence), whatever the number of cores.
    /// </summary>
    private static (int[] Ids, Utf8Interner? Values) Build(string parquet, string column, int cores)
    {
        int[] firstRows;
        int index;
        using (var reader = ParquetFileReader.Open(parquet))
        {
            index = reader.Schema.IndexOf(column);
            if (index < 0)
            {
                Core.Throw.InvalidOperation($"{Path.GetFileName(parquet)} has no column '{column}' to index.");
            }

            firstRows = new int[reader.RowGroupCount + 1];
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                firstRows[g + 1] = checked(firstRows[g] + (int)reader.Metadata.RowGroups[g].RowCount);
            }
        }

        var groups = firstRows.Length - 1;
        var ids = new int[firstRows[groups]];
        var runs = Math.Clamp(cores, 1, Math.Max(1, groups));
        var interners = new Utf8Interner[runs];
        Parallel.For(0, runs, new ParallelOptions { MaxDegreeOfParallelism = runs }, run =>
        {
            using var reader = ParquetFileReader.Open(parquet);
            var interner = new Utf8Interner();
            for (var g = groups * run / runs; g < groups * (run + 1) / runs && !interner.Overflowed; g++)
            {
                reader.ReadStringIds(g, index, interner).CopyTo(ids, firstRows[g]);
            }

            interners[run] = interner;
        });

        var values = interners[0];
        for (var run = 1; run < runs && !values.Overflowed; run++)
        {
            var local = interners[run];
            var global = new int[local.Count];
            values.IdsOf(local.Utf8, local.Offsets, global); // its values in its order: as one pass would meet them

            interners[run] = null!; // its bytes can go before the next run is merged
            var rows = ids.AsSpan(firstRows[groups * run / runs], firstRows[groups * (run + 1) / runs] - firstRows[groups * run / runs]);
            foreach (ref var id in rows)
            {
                id = id < 0 ? -1 : global[id];
            }
        }

        return (ids, interners.Any(i => i is not null && i.Overflowed) || values.Overflowed ? null : values);
    }

    /// <summary>
    /// Distinct byte strings numbered in order of arrival: an open-addressing table of ids over one growing
    /// buffer of the bytes (a national postcode pseudonym column has millions of distinct values; a
    /// dictionary of strings would hold each twice as large, plus an object each).
    /// </summary>
    internal sealed class Utf8Interner : IStringNumbering
    {
        // values looked up together by IdsOf: enough cache misses in flight to hide most of their latency
        private const int Block = 32;

        private byte[] _bytes = new byte[1 << 16];
        private int[] _offsets = new int[1024];
        private long[] _slots = CreateSlots(1024); // (hash << 32) | id, -1 when empty: the hash is checked without another look-up
        private long _length;

        public int Count { get; private set; }

        public long Bytes => _length;

        /// <summary>True once the values no longer fit in one array (over 2 GB): the ids are then meaningless.</summary>
        public bool Overflowed { get; private set; }

        public ReadOnlySpan<int> Offsets => _offsets.AsSpan(0, Count + 1);

        public ReadOnlySpan<byte> Utf8 => _bytes.AsSpan(0, (int)_length);

        public ReadOnlySpan<byte> Value(int id) => _bytes.AsSpan(_offsets[id], _offsets[id + 1] - _offsets[id]);

        public int IdOf(ReadOnlySpan<byte> value) => IdOf(value, Hash(value));

        /// <summary>
        /// The ids of a page's values, as <see cref="IdOf(ReadOnlySpan{byte})"/> gives them one after another. The
        /// table is larger than the caches (a national postcode pseudonym column: millions of values), so one value's
        /// look-up waits on memory three times: its slot, its offset, its bytes. Here a block of values asks for all
        /// its slots at once (prefetch), then reads them and asks for the offsets of the values found there, then for
        /// those values' bytes; then, in order, a value whose candidate has equal bytes takes its id (ids never change)
        /// and any other is looked up in full, which adds new values in order. The prefetches only warm the caches.
        /// </summary>
        public unsafe void IdsOf(ReadOnlySpan<byte> bytes, ReadOnlySpan<int> offsets, Span<int> ids)
        {
            Span<int> hashes = stackalloc int[Block];
            Span<int> candidates = stackalloc int[Block];
            for (var start = 0; start < ids.Length; start += Block)
            {
                var n = Math.Min(Block, ids.Length - start);
                var slots = _slots;
                var mask = slots.Length - 1;
                fixed (long* slot = slots)
                {
                    for (var i = 0; i < n; i++)
                    {
                        hashes[i] = Hash(bytes[offsets[start + i]..offsets[start + i + 1]]);
                        Prefetch(slot + (hashes[i] & mask));
                    }
                }

                fixed (int* offset = _offsets)
                {
                    for (var i = 0; i < n; i++)
                    {
                        var entry = slots[hashes[i] & mask];
                        candidates[i] = entry >= 0 && (int)(entry >> 32) == hashes[i] ? (int)entry : -1;
                        if (candidates[i] >= 0)
                        {
                            Prefetch(offset + candidates[i]);
                        }
                    }
                }

                fixed (byte* value = _bytes)
                {
                    for (var i = 0; i < n; i++)
                    {
                        if (candidates[i] >= 0)
                        {
                            var (from, to) = (_offsets[candidates[i]], _offsets[candidates[i] + 1]);
                            Prefetch(value + from);
                            if (to > from)
                            {
                                Prefetch(value + to - 1); // a value may end in the next cache line
                            }
                        }
                    }
                }

                for (var i = 0; i < n; i++)
                {
                    var value = bytes[offsets[start + i]..offsets[start + i + 1]];
                    var candidate = candidates[i];
                    ids[start + i] = candidate >= 0 && value.SequenceEqual(Value(candidate)) ? candidate : IdOf(value, hashes[i]);
                }
            }
        }

        private static unsafe void Prefetch(void* address)
        {
            if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
            {
                System.Runtime.Intrinsics.X86.Sse.Prefetch0(address);
            }
        }

        private int IdOf(ReadOnlySpan<byte> value, int hash)
        {
            var mask = _slots.Length - 1;
            for (var slot = hash & mask; ; slot = (slot + 1) & mask)
            {
                var entry = _slots[slot];
                if (entry < 0)
                {
                    return Add(value, hash, slot);
                }

                if ((int)(entry >> 32) == hash && value.SequenceEqual(Value((int)entry)))
                {
                    return (int)entry;
                }
            }
        }

        private int Add(ReadOnlySpan<byte> value, int hash, int slot)
        {
            if (_length + value.Length > Array.MaxLength)
            {
                Overflowed = true; // the caller gives up on this column; nothing is stored
                return 0;
            }

            var id = Count;
            EnsureCapacity(value.Length);
            value.CopyTo(_bytes.AsSpan((int)_length));
            _length += value.Length;
            _offsets[id + 1] = (int)_length;
            _slots[slot] = ((long)hash << 32) | (uint)id;
            Count++;
            if (Count * 2 > _slots.Length)
            {
                Rehash();
            }

            return id;
        }

        private void EnsureCapacity(int valueLength)
        {
            if (_length + valueLength > _bytes.Length)
            {
                Array.Resize(ref _bytes, (int)Math.Min(Array.MaxLength, Math.Max(_bytes.Length * 2L, _length + valueLength)));
            }

            if (Count + 2 > _offsets.Length)
            {
                Array.Resize(ref _offsets, _offsets.Length * 2);
            }
        }

        private void Rehash()
        {
            var old = _slots;
            _slots = CreateSlots(old.Length * 2);
            var mask = _slots.Length - 1;
            foreach (var entry in old)
            {
                if (entry < 0)
                {
                    continue;
                }

                var slot = (int)(entry >> 32) & mask;
                while (_slots[slot] >= 0)
                {
                    slot = (slot + 1) & mask;
                }

                _slots[slot] = entry;
            }
        }

        private static long[] CreateSlots(int size)
        {
            var slots = new long[size];
            slots.AsSpan().Fill(-1);
            return slots;
        }

        // xxHash64's round per 8-byte word (the rotation carries every bit into the next word's product; a plain
        // multiply only moves bits upward, and the pseudonyms' early bytes would fall off the top), then its avalanche
        private static int Hash(ReadOnlySpan<byte> value)
        {
            const ulong Prime1 = 11400714785074694791UL;
            const ulong Prime2 = 14029467366897019727UL;
            var h = 2870177450012600261UL + (ulong)value.Length;
            var words = MemoryMarshal.Cast<byte, ulong>(value);
            foreach (var w in words)
            {
                h ^= System.Numerics.BitOperations.RotateLeft(w * Prime2, 31) * Prime1;
                h = (System.Numerics.BitOperations.RotateLeft(h, 27) * Prime1) + 9650029242287828579UL;
            }

            for (var i = words.Length * 8; i < value.Length; i++)
            {
                h ^= value[i] * 2870177450012600261UL;
                h = System.Numerics.BitOperations.RotateLeft(h, 11) * Prime1;
            }

            h ^= h >> 33;
            h *= Prime2;
            h ^= h >> 29;
            h *= 1609587929392839161UL;
            h ^= h >> 32;
            return (int)(h & 0x7FFFFFFF);
        }
    }
}
