using System.Globalization;
using Registry.Etl.Parquet.Data;

namespace Registry.Etl.Parquet.Tests.Support;

/// <summary>Value-by-value comparison of columns: nulls must match, values must be equal bit for bit (floats) or by value.</summary>
internal static class ColumnAssert
{
    /// <summary>Null when equal, else the first difference.</summary>
    public static string? Difference(ParquetColumnData expected, ParquetColumnData actual, string name)
    {
        if (expected.Kind != actual.Kind)
        {
            return $"{name}: kind {actual.Kind}, expected {expected.Kind}";
        }

        if (expected.Length != actual.Length)
        {
            return $"{name}: {actual.Length} rows, expected {expected.Length}";
        }

        for (var i = 0; i < expected.Length; i++)
        {
            var e = expected.IsNull(i);
            var a = actual.IsNull(i);
            if (e != a)
            {
                return $"{name} row {i}: null={a}, expected null={e}";
            }

            if (!e && !SameValue(expected.GetValue(i), actual.GetValue(i)))
            {
                return string.Create(CultureInfo.InvariantCulture, $"{name} row {i}: {Show(actual.GetValue(i))}, expected {Show(expected.GetValue(i))}");
            }
        }

        return null;
    }

    public static bool SameValue(object? expected, object? actual) => (expected, actual) switch
    {
        (double e, double a) => BitConverter.DoubleToInt64Bits(e) == BitConverter.DoubleToInt64Bits(a),
        (float e, float a) => BitConverter.SingleToInt32Bits(e) == BitConverter.SingleToInt32Bits(a),
        (byte[] e, byte[] a) => e.AsSpan().SequenceEqual(a),
        (string e, string a) => string.Equals(e, a, StringComparison.Ordinal),
        _ => Equals(expected, actual),
    };

    public static string Show(object? value) => value switch
    {
        null => "null",
        byte[] b => "0x" + Convert.ToHexString(b),
        double d => d.ToString("R", CultureInfo.InvariantCulture) + $" (0x{BitConverter.DoubleToInt64Bits(d):X16})",
        float f => f.ToString("R", CultureInfo.InvariantCulture) + $" (0x{BitConverter.SingleToInt32Bits(f):X8})",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
