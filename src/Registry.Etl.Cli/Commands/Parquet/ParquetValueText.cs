using System.Globalization;
using System.Text;
using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Cli.Commands.Parquet;

/// <summary>
/// A statistic value as an analyst reads it: dates and timestamps in ISO 8601 (UTC-adjusted ones with Z),
/// decimals with their scale, strings quoted with control characters escaped, bytes in hex.
/// </summary>
internal static class ParquetValueText
{
    private const int EpochDayNumber = 719_162;
    private const long MinSeconds = -62_135_596_800; // 0001-01-01
    private const long MaxSeconds = 253_402_300_799; // 9999-12-31T23:59:59

    public static string Format(ParquetField field, object? value) => value switch
    {
        null => "-",
        int days when field.LogicalType == ParquetLogicalType.Date => Date(days),
        long t when field.LogicalType == ParquetLogicalType.Timestamp => Timestamp(t, field.TimeUnit, field.IsAdjustedToUtc),
        long t when field.PhysicalType == ParquetPhysicalType.Int96 => Timestamp(t, ParquetTimeUnit.Nanos, true),
        bool b => b ? "true" : "false",
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        decimal m => m.ToString("F" + field.Scale.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
        string s => Quote(s),
        byte[] bytes => "0x" + Convert.ToHexString(bytes),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public static string Date(int days) =>
        days is >= -EpochDayNumber and <= 2_932_896
            ? DateOnly.FromDayNumber(days + EpochDayNumber).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{days} days since 1970-01-01");

    public static string Timestamp(long value, ParquetTimeUnit unit, bool utc)
    {
        var (perSecond, digits) = unit switch
        {
            ParquetTimeUnit.Millis => (1_000L, 3),
            ParquetTimeUnit.Micros => (1_000_000L, 6),
            _ => (1_000_000_000L, 9),
        };
        var seconds = Math.DivRem(value, perSecond, out var fraction);
        if (fraction < 0)
        {
            seconds--;
            fraction += perSecond;
        }

        if (seconds is < MinSeconds or > MaxSeconds)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{value} {unit.ToString().ToLowerInvariant()} since 1970-01-01");
        }

        var text = DateTime.UnixEpoch.AddSeconds(seconds).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        if (fraction != 0)
        {
            text += "." + fraction.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0').TrimEnd('0');
        }

        return utc ? text + "Z" : text;
    }

    public static string Quote(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('"');
        foreach (var c in s)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return sb.Append('"').ToString();
    }

    /// <summary>Cuts long text for a table cell.</summary>
    public static string Shorten(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:F1} KiB"),
        < 1024L * 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:F1} MiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1073741824.0:F2} GiB"),
    };

    public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
