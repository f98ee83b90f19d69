using Registry.Etl.Statistics.Funnels;
using Registry.Etl.Statistics.Quantiles;

namespace Registry.Etl.Indicators.Specs;

/// <summary>The names a spec file may use for its enumerated fields, and their display names.</summary>
internal static class Vocabulary
{
    public static readonly IReadOnlyDictionary<string, IndicatorType> Types = Ordered(
        ("proportion", IndicatorType.Proportion), ("count", IndicatorType.Count), ("median", IndicatorType.Median),
        ("quantile", IndicatorType.Quantile), ("oe_ratio", IndicatorType.OeRatio));

    public static readonly IReadOnlyDictionary<string, SpecStatus> Statuses = Ordered(
        ("draft", SpecStatus.Draft), ("published", SpecStatus.Published), ("retired", SpecStatus.Retired));

    public static readonly IReadOnlyDictionary<string, CiMethod> CiMethods = Ordered(
        ("none", CiMethod.None), ("wilson", CiMethod.Wilson), ("wilson_cc", CiMethod.WilsonContinuityCorrected),
        ("clopper_pearson", CiMethod.ClopperPearson), ("jeffreys", CiMethod.Jeffreys),
        ("order_statistic", CiMethod.OrderStatistic), ("garwood", CiMethod.Garwood), ("byar", CiMethod.Byar));

    public static readonly IReadOnlyDictionary<string, PeriodKind> Periods = Ordered(("year", PeriodKind.Year), ("quarter", PeriodKind.Quarter));

    public static readonly IReadOnlyDictionary<string, OverdispersionAdjustment> Overdispersion = Ordered(
        ("none", OverdispersionAdjustment.None), ("multiplicative", OverdispersionAdjustment.Multiplicative),
        ("additive", OverdispersionAdjustment.Additive));

    public static readonly IReadOnlyDictionary<string, QuantileDefinition> QuantileDefinitions = Ordered(
        ("r7", QuantileDefinition.R7), ("r2", QuantileDefinition.R2));

    public static string Name<T>(IReadOnlyDictionary<string, T> choices, T value)
        where T : struct, Enum
    {
        foreach (var (k, v) in choices)
        {
            if (EqualityComparer<T>.Default.Equals(v, value))
            {
                return k;
            }
        }

        return value.ToString();
    }

    private static Dictionary<string, T> Ordered<T>(params (string Name, T Value)[] items)
    {
        var d = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (name, value) in items)
        {
            d.Add(name, value);
        }

        return d;
    }
}
