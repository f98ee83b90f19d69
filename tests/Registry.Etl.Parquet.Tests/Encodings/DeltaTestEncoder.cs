namespace Registry.Etl.Parquet.Tests.Encodings;

/// <summary>A straightforward DELTA_* encoder written from Encodings.md, to test the decoders against.</summary>
internal static class DeltaTestEncoder
{
    public static byte[] BinaryPacked(long[] values, int blockSize, int miniblocks)
    {
        var output = new List<byte>();
        Uleb(output, (ulong)blockSize);
        Uleb(output, (ulong)miniblocks);
        Uleb(output, (ulong)values.Length);
        ZigZag(output, values.Length == 0 ? 0 : values[0]);
        var perMiniblock = blockSize / miniblocks;
        for (var start = 1; start < values.Length; start += blockSize)
        {
            var count = Math.Min(blockSize, values.Length - start);
            var deltas = new long[count];
            for (var i = 0; i < count; i++)
            {
                deltas[i] = unchecked(values[start + i] - values[start + i - 1]);
            }

            var min = deltas.Min();
            ZigZag(output, min);
            var widths = new byte[miniblocks];
            for (var m = 0; m < miniblocks; m++)
            {
                ulong max = 0;
                for (var i = m * perMiniblock; i < Math.Min(count, (m + 1) * perMiniblock); i++)
                {
                    max = Math.Max(max, unchecked((ulong)(deltas[i] - min)));
                }

                widths[m] = (byte)(64 - ulong.LeadingZeroCount(max));
            }

            output.AddRange(widths);
            for (var m = 0; m < miniblocks && m * perMiniblock < count; m++)
            {
                var bits = new System.Collections.BitArray(perMiniblock * widths[m]);
                for (var i = 0; i < perMiniblock; i++)
                {
                    var index = (m * perMiniblock) + i;
                    var value = index < count ? unchecked((ulong)(deltas[index] - min)) : 0;
                    for (var b = 0; b < widths[m]; b++)
                    {
                        bits[(i * widths[m]) + b] = ((value >> b) & 1) != 0;
                    }
                }

                var packed = new byte[perMiniblock * widths[m] / 8];
                bits.CopyTo(packed, 0);
                output.AddRange(packed);
            }
        }

        return [.. output];
    }

    public static byte[] LengthByteArray(byte[][] values) =>
        Concat(BinaryPacked(values.Select(v => (long)v.Length).ToArray(), 128, 4), values.SelectMany(v => v).ToArray());

    public static byte[] ByteArray(byte[][] values)
    {
        var prefixes = new long[values.Length];
        var suffixes = new byte[values.Length][];
        for (var i = 0; i < values.Length; i++)
        {
            var previous = i == 0 ? [] : values[i - 1];
            var p = 0;
            while (p < previous.Length && p < values[i].Length && previous[p] == values[i][p])
            {
                p++;
            }

            prefixes[i] = p;
            suffixes[i] = values[i][p..];
        }

        return Concat(BinaryPacked(prefixes, 128, 4), LengthByteArray(suffixes));
    }

    public static byte[] Concat(byte[] a, byte[] b) => [.. a, .. b];

    private static void Uleb(List<byte> output, ulong value)
    {
        while (value >= 0x80)
        {
            output.Add((byte)(value | 0x80));
            value >>= 7;
        }

        output.Add((byte)value);
    }

    private static void ZigZag(List<byte> output, long value) => Uleb(output, (ulong)((value << 1) ^ (value >> 63)));
}
