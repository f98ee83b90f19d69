namespace Registry.Etl.Indicators.Specs;

/// <summary>How results are split: period (year or quarter of the index date), units, and an optional stratum.</summary>
/// <param name="Period">Year or quarter.</param>
/// <param name="Hospital">Results per hospital (AGB).</param>
/// <param name="National">A national row per period (and stratum).</param>
/// <param name="By">Optional named text expression: each of its values is computed as a stratum of its own.</param>
public sealed record StratificationSpec(PeriodKind Period, bool Hospital, bool National, StratumSpec? By);

/// <summary>A named text expression whose values split the indicator (e.g. resection / ablation / combined).</summary>
public sealed record StratumSpec(string Name, SpecText Expression);

/// <summary>The reporting period of a row, from its index date.</summary>
public enum PeriodKind
{
    /// <summary><c>2024</c>.</summary>
    Year,

    /// <summary><c>2024Q1</c>.</summary>
    Quarter,
}
