using System.Buffers.Binary;

namespace Registry.Etl.Parquet.Encodings;

/// <summary>
/// DELTA_BINARY_PACKED (parquet-format Encodings.md): a header (block size, miniblocks per block, value
/// count, zigzag first value), then blocks of a zigzag minimum delta, one bit width per miniblock, and the
/// bit-packed deltas. Arithmetic wraps, as the spec requires. Returns the bytes the encoded values use.
/// </summary>
internal static class DeltaBinaryPackedDecoder
{
    public static int Decode(ReadOnlySpan<byte> data, Span<long> output, ParquetErrorLocation location)
    {
        var position = 0;
        var blockSize = ReadUleb(data, ref position, location);
        var miniblocks = ReadUleb(data, ref position, location);
        var total = ReadUleb(data, ref position, location);
        var first = ReadZigZag(data, ref position, location);
        if (blockSize == 0 || blockSize % 128 != 0 || miniblocks == 0 || blockSize % miniblocks != 0 || (blockSize / miniblocks) % 32 != 0 || blockSize > 1 << 20)
        {
            Throw.Format($"Corrupt page: DELTA_BINARY_PACKED block size {blockSize} with {miniblocks} miniblocks is invalid", location);
        }

        if (total < (ulong)output.Length)
        {
            Throw.Format($"Corrupt page: DELTA_BINARY_PACKED holds {total} values, the page needs {output.Length}", location);
        }

        if (output.Length == 0)
        {
            return position;
        }

        var perMiniblock = (int)(blockSize / miniblocks);
        var previous = first;
        output[0] = first;
        var produced = 1;
        while (produced < output.Length)
        {
            var minDelta = ReadZigZag(data, ref position, location);
            if ((ulong)(data.Length - position) < miniblocks)
            {
                Throw.Format("Corrupt page: DELTA_BINARY_PACKED bit widths are cut off", location);
            }

            var widths = data.Slice(position, (int)miniblocks);
            position += (int)miniblocks;
            for (var m = 0; m < (int)miniblocks && produced < output.Length; m++)
            {
                var width = widths[m];
                if (width > 64)
                {
                    Throw.Format($"Corrupt page: DELTA_BINARY_PACKED bit width {width} exceeds 64", location);
                }

                var bytes = perMiniblock * width / 8;
                var available = Math.Min(bytes, data.Length - position);
                var packed = data.Slice(position, available);
                var take = Math.Min(perMiniblock, output.Length - produced);
                if ((long)take * width > (long)available * 8)
                {
                    Throw.Format("Corrupt page: DELTA_BINARY_PACKED miniblock is cut off", location);
                }

                for (var k = 0; k < take; k++)
                {
                    var delta = ReadBits(packed, (long)k * width, width);
                    previous = unchecked(previous + minDelta + (long)delta);
                    output[produced++] = previous;
                }

                position += available;
            }
        }

        return position;
    }

    private static ulong ReadBits(ReadOnlySpan<byte> data, long bitOffset, int width)
    {
        if (width == 0)
        {
            return 0;
        }

        var byteIndex = (int)(bitOffset >> 3);
        var shift = (int)(bitOffset & 7);
        ulong low = 0;
        ulong high = 0;
        if (byteIndex + 9 <= data.Length)
        {
            low = BinaryPrimitives.ReadUInt64LittleEndian(data[byteIndex..]);
            high = data[byteIndex + 8];
        }
        else
        {
            for (var b = 0; b < 9 && byteIndex + b < data.Length; b++)
            {
                if (b < 8)
                {
                    low |= (ulong)data[byteIndex + b] << (8 * b);
                }
                else
                {
                    high = data[byteIndex + b];
                }
            }
        }

        var value = shift == 0 ? low : (low >> shift) | (high << (64 - shift));
        return width == 64 ? value : value & ((1UL << width) - 1);
    }

    private static ulong ReadUleb(ReadOnlySpan<byte> data, ref int position, ParquetErrorLocation location)
    {
        ulong result = 0;
        for (var shift = 0; shift < 70; shift += 7)
        {
            if (position >= data.Length)
            {
                Throw.Format("Corrupt page: a DELTA_BINARY_PACKED varint is cut off", location);
            }

            var b = data[position++];
            result |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }

        return Throw.Format<ulong>("Corrupt page: a DELTA_BINARY_PACKED varint is too long", location);
    }

    private static long ReadZigZag(ReadOnlySpan<byte> data, ref int position, ParquetErrorLocation location)
    {
        var u = ReadUleb(data, ref position, location);
        return (long)(u >> 1) ^ -(long)(u & 1);
    }
}
