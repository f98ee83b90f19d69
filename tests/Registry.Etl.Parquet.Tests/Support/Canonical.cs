using System.Globalization;
using System.Numerics;
using Registry.Etl.Parquet.Data;
using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Tests.Support;

/// <summary>
/// The canonical text form of a value, the same as tests/interop/lib/canonical.mjs produces from DuckDB,
/// arrow-rs and hyparquet: null; integers as digits; floats as "NaN" or the float64 bit pattern in hex;
/// booleans; strings as is; binary as "hex:..."; dates as days; timestamps as nanoseconds since the epoch;
/// decimals exactly, with the column's scale.
/// </summary>
internal static class Canonical
{
    public static string? Of(ParquetField field, ParquetColumnData data, int row)
    {
        if (data.IsNull(row))
        {
            return null;
        }

        var value = data.GetValue(row)!;
        return value switch
        {
            bool b => b ? "true" : "false",
            float f => Float(f),
            double d => Float(d),
            decimal m => Decimal(m, field.Scale),
            string s => s,
            byte[] bytes => "hex:" + Convert.ToHexString(bytes).ToLowerInvariant(),
            long l when field.LogicalType == ParquetLogicalType.Timestamp || field.PhysicalType == ParquetPhysicalType.Int96 => Nanos(l, field),
            IFormattable i => i.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
    }

    public static string Float(double value) =>
        double.IsNaN(value) ? "NaN" : BitConverter.DoubleToInt64Bits(value).ToString("x16", CultureInfo.InvariantCulture);

    public static string Decimal(decimal value, int scale)
    {
        var text = value.ToString("F" + scale.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return text.StartsWith('-') && text.Trim('-', '0', '.').Length == 0 ? text[1..] : text;
    }

    private static string Nanos(long value, ParquetField field)
    {
        var factor = field.PhysicalType == ParquetPhysicalType.Int96 ? 1 : field.TimeUnit switch
        {
            ParquetTimeUnit.Millis => 1_000_000,
            ParquetTimeUnit.Micros => 1_000,
            _ => 1,
        };
        return (new BigInteger(value) * factor).ToString(CultureInfo.InvariantCulture);
    }
}
