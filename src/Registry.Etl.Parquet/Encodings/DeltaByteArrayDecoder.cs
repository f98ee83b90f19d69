using System.Buffers;

namespace Registry.Etl.Parquet.Encodings;

/// <summary>
/// DELTA_LENGTH_BYTE_ARRAY (lengths delta-packed, then the bytes end to end) and DELTA_BYTE_ARRAY
/// (prefix lengths delta-packed, then the suffixes as DELTA_LENGTH_BYTE_ARRAY; each value is the previous
/// value's prefix plus its suffix), from parquet-format Encodings.md.
/// </summary>
internal static class DeltaByteArrayDecoder
{
    public static int DecodeLengthPrefixed(ReadOnlySpan<byte> data, int count, ByteArrayBatch output, ParquetErrorLocation location)
    {
        var lengths = ArrayPool<long>.Shared.Rent(Math.Max(count, 1));
        try
        {
            var position = DeltaBinaryPackedDecoder.Decode(data, lengths.AsSpan(0, count), location);
            for (var i = 0; i < count; i++)
            {
                var length = lengths[i];
                if (length < 0 || length > data.Length - position)
                {
                    Throw.Format($"Corrupt page: DELTA_LENGTH_BYTE_ARRAY value {i} claims {length} bytes, {data.Length - position} remain", location);
                }

                output.Add(data.Slice(position, (int)length));
                position += (int)length;
            }

            return position;
        }
        finally
        {
            ArrayPool<long>.Shared.Return(lengths);
        }
    }

    public static void DecodeIncremental(ReadOnlySpan<byte> data, int count, ByteArrayBatch output, ParquetErrorLocation location)
    {
        var prefixes = ArrayPool<long>.Shared.Rent(Math.Max(count, 1));
        using var suffixes = new ByteArrayBatch();
        try
        {
            var position = DeltaBinaryPackedDecoder.Decode(data, prefixes.AsSpan(0, count), location);
            DecodeLengthPrefixed(data[position..], count, suffixes, location);
            var previousStart = output.Count;
            for (var i = 0; i < count; i++)
            {
                var prefix = prefixes[i];
                var previous = i == 0 ? default : output[previousStart + i - 1];
                if (prefix < 0 || prefix > previous.Length)
                {
                    Throw.Format($"Corrupt page: DELTA_BYTE_ARRAY value {i} reuses {prefix} bytes of a {previous.Length}-byte value", location);
                }

                var suffix = suffixes[i];
                var length = (int)prefix + suffix.Length;
                var span = output.Reserve(length);

                // Reserve may move the buffer: read the previous value again.
                var prior = i == 0 ? default : output[previousStart + i - 1];
                prior[..(int)prefix].CopyTo(span);
                suffix.CopyTo(span[(int)prefix..]);
                output.Commit(length);
            }
        }
        finally
        {
            ArrayPool<long>.Shared.Return(prefixes);
        }
    }
}
