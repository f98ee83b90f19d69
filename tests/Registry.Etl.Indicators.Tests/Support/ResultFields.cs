using System.Globalization;
using Registry.Etl.Indicators.Engine;

namespace Registry.Etl.Indicators.Tests.Support;

/// <summary>A result row's fields by their Parquet names, as text, for comparing with a worked case.</summary>
internal static class ResultFields
{
    public static string? Get(IndicatorResult r, string field) => field switch
    {
        "stratum" => r.Stratum,
        "period" => r.Period,
        "unit" => r.Unit,
        "numerator" => Text(r.Numerator),
        "denominator" => Text(r.Denominator),
        "value" => Text(r.Value),
        "ci_lower" => Text(r.CiLower),
        "ci_upper" => Text(r.CiUpper),
        "ci_method" => r.CiMethod,
        "expected" => Text(r.Expected),
        "oe" => Text(r.Oe),
        "flag" => r.Flag,
        "suppressed" => r.Suppressed ? "true" : "false",
        _ => throw new InvalidOperationException($"A worked case names unknown result field '{field}'."),
    };

    /// <summary>Equal as text, or as numbers within 1e-9 relative; "null" matches null.</summary>
    public static bool Matches(string expected, string? actual)
    {
        if (expected == "null")
        {
            return actual is null;
        }

        if (actual is null)
        {
            return false;
        }

        if (double.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var e)
            && double.TryParse(actual, NumberStyles.Float, CultureInfo.InvariantCulture, out var a))
        {
            return Math.Abs(e - a) <= 1e-9 * Math.Max(1.0, Math.Abs(e));
        }

        return string.Equals(expected, actual, StringComparison.Ordinal);
    }

    private static string? Text(long? v) => v?.ToString(CultureInfo.InvariantCulture);

    private static string? Text(double? v) => v?.ToString("R", CultureInfo.InvariantCulture);
}
