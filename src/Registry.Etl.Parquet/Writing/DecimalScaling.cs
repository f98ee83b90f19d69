using System.Globalization;
using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Writing;

/// <summary>Exact conversion between <see cref="decimal"/> and a DECIMAL(p, s) column's unscaled integer.</summary>
internal static class DecimalScaling
{
    private static readonly UInt128[] PowersOfTen = BuildPowers();

    /// <summary>The unscaled value at the field's scale; throws when it would need rounding or exceeds the precision.</summary>
    public static Int128 ToUnscaled(decimal value, ParquetField field, int row)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var valueScale = (bits[3] >> 16) & 0xFF;

        // The common case: already at the column's scale and within 64 bits.
        if (valueScale == field.Scale && bits[2] == 0 && field.Precision <= 18)
        {
            var small = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
            if (small < (ulong)PowersOfTen[field.Precision])
            {
                return bits[3] < 0 ? -(long)small : (long)small;
            }
        }

        var mantissa = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        var negative = bits[3] < 0;
        if (valueScale > field.Scale)
        {
            var divisor = PowersOfTen[valueScale - field.Scale];
            if (mantissa % divisor != 0)
            {
                Throw.Argument(
                    string.Create(CultureInfo.InvariantCulture, $"Column '{field.Name}' row {row}: a value with {valueScale} decimal places does not fit {field.LogicalTypeDisplay} without rounding; round it first."),
                    "columns");
            }

            mantissa /= divisor;
        }
        else if (valueScale < field.Scale)
        {
            var factor = PowersOfTen[field.Scale - valueScale];
            if (mantissa > (PowersOfTen[field.Precision] - 1) / factor)
            {
                TooManyDigits(field, row);
            }

            mantissa *= factor;
        }

        if (mantissa >= PowersOfTen[field.Precision])
        {
            TooManyDigits(field, row);
        }

        var signed = (Int128)mantissa;
        return negative ? -signed : signed;
    }

    /// <summary>The decimal for an unscaled integer at <paramref name="scale"/>; false when it does not fit System.Decimal.</summary>
    public static bool TryFromUnscaled(Int128 unscaled, int scale, out decimal value)
    {
        var negative = unscaled < 0;
        var magnitude = negative ? (UInt128)(-unscaled) : (UInt128)unscaled;
        if (unscaled == Int128.MinValue)
        {
            magnitude = (UInt128)Int128.MaxValue + 1;
        }

        // System.Decimal holds a 96-bit mantissa with scale 0..28: drop trailing zeros (the same value) until it fits.
        while ((scale > 28 || magnitude >> 96 != 0) && scale > 0 && magnitude % 10 == 0)
        {
            magnitude /= 10;
            scale--;
        }

        if (magnitude >> 96 != 0 || scale > 28)
        {
            value = 0;
            return false;
        }

        value = new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), (int)(uint)(magnitude >> 64), negative, (byte)scale);
        return true;
    }

    private static void TooManyDigits(ParquetField field, int row) =>
        Throw.Argument(
            string.Create(CultureInfo.InvariantCulture, $"Column '{field.Name}' row {row}: a value has more digits than {field.LogicalTypeDisplay} holds."),
            "columns");

    private static UInt128[] BuildPowers()
    {
        var powers = new UInt128[39];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }
}
