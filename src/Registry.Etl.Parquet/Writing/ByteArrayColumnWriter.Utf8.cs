using Registry.Etl.Parquet.Data;

namespace Registry.Etl.Parquet.Writing;

/// <summary>The per-value loop for strings given as UTF-8 slices (<see cref="ParquetUtf8Data"/>).</summary>
internal sealed partial class ByteArrayColumnWriter
{
    // 16K slots (256 KB, only in a writer that is given slices): a birth-date pseudonym column has some 37,000 values, and
    // with 1,024 slots most of its rows missed and hashed their 64 bytes
    private const int RecentSliceSlots = 1 << 14;

    // by content, apart from _strings: a chunk fed both strings and slices may hold a value twice in its dictionary
    // (still correct); a rewrite feeds one kind, and then the file is the one the strings would have given
    private readonly Dictionary<byte[], int> _utf8Entries = new(ByteArrayComparer.Instance);

    // the rows of the file being rewritten that share a dictionary entry share its slice: the same slice of the same
    // bytes is the same value, found without hashing the bytes (as the string loop matches a repeated instance). Made
    // on first use (most writers never see a slice); a slot counts only if stamped with the current bytes' generation.
    private Utf8Slice[] _recentSlices = [];
    private int[] _recentSliceIndices = [];
    private int[] _recentGenerations = [];
    private int _generation;
    private byte[]? _recentBytes;

    // for slices that come with their reader's dictionary entries: each entry's index in this chunk's dictionary
    // (-1: not yet looked up), valid for _entryBytes. Exact where the recent slices are a cache: a birth-date
    // pseudonym column has more values than slots, and each miss hashed 64 bytes and probed a large dictionary.
    private int[] _entryIndices = [];
    private byte[]? _entryBytes;

    private void AppendUtf8(ParquetUtf8Data data, int start, int count)
    {
        var values = data.Values.Span.Slice(start, count);
        var validity = data.HasValidity ? data.Validity.Span.Slice(start, count) : default;
        var bytes = data.Bytes;
        if (!ReferenceEquals(bytes, _recentBytes))
        {
            if (_recentSlices.Length == 0)
            {
                _recentSlices = new Utf8Slice[RecentSliceSlots];
                _recentSliceIndices = new int[RecentSliceSlots];
                _recentGenerations = new int[RecentSliceSlots];
            }

            _generation++;
            _recentBytes = bytes;
        }

        var entries = data.Entries.IsEmpty ? default : data.Entries.Span.Slice(start, count);
        if (!entries.IsEmpty && !ReferenceEquals(bytes, _entryBytes))
        {
            if (_entryIndices.Length < data.EntryCount)
            {
                _entryIndices = new int[data.EntryCount];
            }

            _entryIndices.AsSpan(0, data.EntryCount).Fill(-1);
            _entryBytes = bytes;
        }

        var lookup = _utf8Entries.GetAlternateLookup<ReadOnlySpan<byte>>();
        var done = 0;
        while (done < values.Length)
        {
            var n = NextSegmentLength(values.Length - done);
            for (var i = done; i < done + n; i++)
            {
                if (!validity.IsEmpty && !validity[i])
                {
                    AddNull();
                    continue;
                }

                var slice = values[i];
                var value = bytes.AsSpan(slice.Start, slice.Length);
                if (!DictionaryMode)
                {
                    WritePlain(value);
                    continue;
                }

                var entry = entries.IsEmpty ? -1 : entries[i];
                var slot = (int)(((uint)slice.Start * 2654435769u) >> 18);
                int index;
                if (entry >= 0 && _entryIndices[entry] >= 0)
                {
                    index = _entryIndices[entry];
                }
                else if (entry < 0 && _recentGenerations[slot] == _generation && _recentSlices[slot] == slice)
                {
                    index = _recentSliceIndices[slot];
                }
                else
                {
                    if (!lookup.TryGetValue(value, out index))
                    {
                        if (!TryAddEntry(value))
                        {
                            FallBackToPlain();
                            WritePlain(value);
                            continue;
                        }

                        index = _entryLengths.Count - 1;
                        lookup[value] = index;
                    }

                    if (entry >= 0)
                    {
                        _entryIndices[entry] = index;
                    }
                    else
                    {
                        _recentSlices[slot] = slice;
                        _recentSliceIndices[slot] = index;
                        _recentGenerations[slot] = _generation;
                    }
                }

                PlainEstimateBytes += 4 + _entryLengths[index];
                AddIndex(index);
            }

            done += n;
            EndSegment(n);
        }
    }

    private void ClearRecentSlices()
    {
        _recentBytes = null;
        _entryBytes = null;
    }
}
