namespace Registry.Etl.Parquet.Encodings;

/// <summary>
/// The RLE/bit-packed hybrid encoding (parquet-format Encodings.md, "RLE"): runs of eight or more equal
/// values become an RLE run (varint count&lt;&lt;1, value in ceil(bitWidth/8) bytes); everything else is
/// bit-packed in groups of eight, least significant bit first (varint groups&lt;&lt;1 | 1). The last group is
/// padded with zeros, which readers ignore because they know the value count.
/// </summary>
internal static class RleHybridEncoder
{
    private const int MinRleRun = 8;

    public static void Encode(ReadOnlySpan<int> values, int bitWidth, ByteBuffer output)
    {
        var i = 0;
        while (i < values.Length)
        {
            var run = RunLength(values, i);
            if (run >= MinRleRun)
            {
                WriteRleRun(values[i], run, bitWidth, output);
                i += run;
                continue;
            }

            var start = i;
            var groups = 0;
            do
            {
                i = Math.Min(i + 8, values.Length);
                groups++;
            }
            while (i < values.Length && RunLength(values, i) < MinRleRun);

            WriteBitPacked(values[start..i], groups, bitWidth, output);
        }
    }

    /// <summary>Encodes definition levels (bit width 1) straight from a validity mask.</summary>
    public static void EncodeLevels(ReadOnlySpan<byte> levels, ByteBuffer output)
    {
        var i = 0;
        while (i < levels.Length)
        {
            var run = RunLength(levels, i);
            if (run >= MinRleRun)
            {
                output.WriteVarUInt((uint)run << 1);
                output.WriteByte(levels[i]);
                i += run;
                continue;
            }

            var start = i;
            var groups = 0;
            do
            {
                i = Math.Min(i + 8, levels.Length);
                groups++;
            }
            while (i < levels.Length && RunLength(levels, i) < MinRleRun);

            output.WriteVarUInt(((uint)groups << 1) | 1);
            var span = output.GetSpan(groups);
            for (var g = 0; g < groups; g++)
            {
                var b = 0;
                var baseIndex = start + (g * 8);
                var end = Math.Min(baseIndex + 8, i);
                for (var k = baseIndex; k < end; k++)
                {
                    b |= levels[k] << (k - baseIndex);
                }

                span[g] = (byte)b;
            }

            output.Advance(groups);
        }
    }

    private static void WriteRleRun(int value, int count, int bitWidth, ByteBuffer output)
    {
        output.WriteVarUInt((uint)count << 1);
        var bytes = (bitWidth + 7) / 8;
        for (var b = 0; b < bytes; b++)
        {
            output.WriteByte((byte)(value >> (8 * b)));
        }
    }

    private static void WriteBitPacked(ReadOnlySpan<int> values, int groups, int bitWidth, ByteBuffer output)
    {
        output.WriteVarUInt(((uint)groups << 1) | 1);
        var byteCount = groups * bitWidth;
        var span = output.GetSpan(byteCount);
        span[..byteCount].Clear();
        ulong accumulator = 0;
        var bits = 0;
        var o = 0;
        var mask = bitWidth == 32 ? uint.MaxValue : (1u << bitWidth) - 1;
        for (var k = 0; k < groups * 8; k++)
        {
            var v = k < values.Length ? (uint)values[k] & mask : 0u;
            accumulator |= (ulong)v << bits;
            bits += bitWidth;
            while (bits >= 8)
            {
                span[o++] = (byte)accumulator;
                accumulator >>= 8;
                bits -= 8;
            }
        }

        output.Advance(byteCount);
    }

    private static int RunLength<T>(ReadOnlySpan<T> values, int start)
        where T : IEquatable<T>
    {
        var first = values[start];
        var end = start + 1;
        while (end < values.Length && values[end].Equals(first))
        {
            end++;
        }

        return end - start;
    }
}
