using Registry.Etl.Parquet.Writing;

namespace Registry.Etl.Parquet.Reading;

/// <summary>DECIMAL values stored as big-endian two's complement bytes (BYTE_ARRAY or FIXED_LEN_BYTE_ARRAY).</summary>
internal static class DecimalBytes
{
    /// <summary>The unscaled integer; false when it needs more than 128 bits.</summary>
    public static bool TryToUnscaled(ReadOnlySpan<byte> bytes, out Int128 value)
    {
        value = 0;
        if (bytes.IsEmpty)
        {
            return true;
        }

        var negative = (bytes[0] & 0x80) != 0;
        var fill = negative ? (byte)0xFF : (byte)0x00;

        // Leading sign-extension bytes carry no information; strip them down to 16 bytes.
        while (bytes.Length > 16 && bytes[0] == fill && ((bytes[1] & 0x80) != 0) == negative)
        {
            bytes = bytes[1..];
        }

        if (bytes.Length > 16)
        {
            return false;
        }

        Int128 result = negative ? -1 : 0;
        foreach (var b in bytes)
        {
            result = (result << 8) | b;
        }

        value = result;
        return true;
    }

    public static decimal ToDecimal(ReadOnlySpan<byte> bytes, int scale, string column, ParquetErrorLocation location)
    {
        if (!TryToUnscaled(bytes, out var unscaled) || !DecimalScaling.TryFromUnscaled(unscaled, scale, out var value))
        {
            return Throw.NotSupported<decimal>($"Column '{column}' holds a DECIMAL value beyond the range of System.Decimal (about 7.9e28)", location);
        }

        return value;
    }

    public static decimal ToDecimal(Int128 unscaled, int scale, string column, ParquetErrorLocation location)
    {
        if (!DecimalScaling.TryFromUnscaled(unscaled, scale, out var value))
        {
            return Throw.NotSupported<decimal>($"Column '{column}' holds a DECIMAL value beyond the range of System.Decimal (about 7.9e28)", location);
        }

        return value;
    }
}
