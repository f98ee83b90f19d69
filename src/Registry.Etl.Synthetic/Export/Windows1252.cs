namespace Registry.Etl.Synthetic.Export;

/// <summary>
/// Encodes text to Windows-1252 without registering a global code-page provider. Characters the code
/// page cannot hold are a bug in the generator, so they throw instead of becoming '?'.
/// </summary>
internal static class Windows1252
{
    // Code points of bytes 0x80..0x9F (0 = unused).
    private static ReadOnlySpan<ushort> High =>
    [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ];

    public static byte Encode(char c)
    {
        if (c < 0x80 || (c >= 0xA0 && c <= 0xFF))
        {
            return (byte)c;
        }

        var high = High;
        for (var i = 0; i < high.Length; i++)
        {
            if (high[i] == c)
            {
                return (byte)(0x80 + i);
            }
        }

        return Core.Throw.InvalidOperation<byte>($"U+{(int)c:X4} has no Windows-1252 byte.");
    }
}
