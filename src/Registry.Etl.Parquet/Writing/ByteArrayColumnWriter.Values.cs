using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;

namespace Registry.Etl.Parquet.Writing;

/// <summary>The per-value loops for string and binary values.</summary>
internal sealed partial class ByteArrayColumnWriter
{
    private const int RecentSlots = 256;

    // a column whose repeated instances keep missing the slots (a birth-date pseudonym: some 37,000 shared strings)
    // gets this many, once it has missed this often; a hospital export of a few dozen rows never does
    private const int ManyRecentSlots = 1 << 14;
    private const int MissesBeforeMoreSlots = 1 << 14;

    // Rows often repeat the very same string instance (pooled by a CSV reader, or a column's few values):
    // a reference match is an exact match, and cheaper than hashing the text.
    private string?[] _recentStrings = new string?[RecentSlots];
    private int[] _recentIndices = new int[RecentSlots];
    private int _repeatedMisses;
    private byte[] _utf8 = new byte[256];

    private void AppendStrings(ReadOnlySpan<string?> values, ReadOnlySpan<bool> validity, int firstRow)
    {
        var done = 0;
        while (done < values.Length)
        {
            var n = NextSegmentLength(values.Length - done);
            for (var i = done; i < done + n; i++)
            {
                var value = values[i];
                if (value is null || (!validity.IsEmpty && !validity[i]))
                {
                    AddNull();
                    continue;
                }

                if (!DictionaryMode)
                {
                    WritePlainString(value, firstRow + i);
                    continue;
                }

                var slot = RuntimeHelpers.GetHashCode(value) & (_recentStrings.Length - 1);
                int index;
                if (ReferenceEquals(_recentStrings[slot], value))
                {
                    index = _recentIndices[slot];
                }
                else
                {
                    ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_strings, value, out var exists);
                    if (exists && ++_repeatedMisses == MissesBeforeMoreSlots)
                    {
                        _recentStrings = new string?[ManyRecentSlots];
                        _recentIndices = new int[ManyRecentSlots];
                        slot = RuntimeHelpers.GetHashCode(value) & (ManyRecentSlots - 1);
                    }

                    if (!exists)
                    {
                        if (!TryAddEntry(ToUtf8(value, firstRow + i)))
                        {
                            _strings.Remove(value);
                            FallBackToPlain();
                            WritePlainString(value, firstRow + i);
                            continue;
                        }

                        entry = _entryLengths.Count - 1;
                    }

                    index = entry;
                    _recentStrings[slot] = value;
                    _recentIndices[slot] = index;
                }

                PlainEstimateBytes += 4 + _entryLengths[index];
                AddIndex(index);
            }

            done += n;
            EndSegment(n);
        }
    }

    private void AppendBinary(ReadOnlySpan<byte[]?> values, ReadOnlySpan<bool> validity, int firstRow)
    {
        var done = 0;
        while (done < values.Length)
        {
            var n = NextSegmentLength(values.Length - done);
            for (var i = done; i < done + n; i++)
            {
                var value = values[i];
                if (value is null || (!validity.IsEmpty && !validity[i]))
                {
                    AddNull();
                    continue;
                }

                if (_fixedLength && value.Length != Field.TypeLength)
                {
                    Throw.Argument(
                        string.Create(CultureInfo.InvariantCulture, $"Column '{Field.Name}' row {firstRow + i}: a value of {value.Length} bytes does not fit {Field.PhysicalTypeDisplay}."),
                        "columns");
                }

                if (DictionaryMode)
                {
                    ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(_binaries, value, out var exists);
                    if (!exists)
                    {
                        if (!TryAddEntry(value))
                        {
                            _binaries.Remove(value);
                            FallBackToPlain();
                            WritePlain(value);
                            continue;
                        }

                        index = _entryLengths.Count - 1;
                    }

                    PlainEstimateBytes += PrefixBytesOf(index);
                    AddIndex(index);
                }
                else
                {
                    WritePlain(value);
                }
            }

            done += n;
            EndSegment(n);
        }
    }

    private int PrefixBytesOf(int index) => (_fixedLength ? 0 : 4) + _entryLengths[index];

    /// <summary>Appends a string's PLAIN encoding (length, UTF-8) straight into the page.</summary>
    private void WritePlainString(string value, int row)
    {
        var span = PlainValues.GetSpan(4 + Encoding.UTF8.GetMaxByteCount(value.Length));
        if (Utf8.FromUtf16(value, span[4..], out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            InvalidString(row);
        }

        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(span, written);
        PlainValues.Advance(4 + written);
        PlainEstimateBytes += 4 + written;
        Observe(span.Slice(4, written));
        AddPlainRow();
    }

    private void ClearRecentStrings() => Array.Clear(_recentStrings);

    private void InvalidString(int row) =>
        Throw.Argument(
            string.Create(CultureInfo.InvariantCulture, $"Column '{Field.Name}' row {row}: the string is not valid Unicode (an unpaired surrogate) and cannot be written as UTF-8."),
            "columns");

    /// <summary>The string as UTF-8 in a reused buffer; a lone surrogate (not valid Unicode) is an <see cref="ArgumentException"/>.</summary>
    private ReadOnlySpan<byte> ToUtf8(string value, int row)
    {
        var max = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (max > _utf8.Length)
        {
            _utf8 = new byte[Math.Max(max, _utf8.Length * 2)];
        }

        if (Utf8.FromUtf16(value, _utf8, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            InvalidString(row);
        }

        return _utf8.AsSpan(0, written);
    }
}
