namespace Registry.Etl.Statistics.Funnels;

/// <summary>One unit's z-score detail (the columns of the oracle's <c>funnel_od_units.csv</c>).</summary>
/// <param name="Observed">O.</param>
/// <param name="Denominator">n or E.</param>
/// <param name="Value">Y on the natural scale: O/n or O/E.</param>
/// <param name="TransformedValue">Y on the method's scale.</param>
/// <param name="StandardError">s_i on the method's scale.</param>
/// <param name="Z">(Y_transformed − t0)/s_i.</param>
/// <param name="AdjustedZ">The Winsorised z, or z for a unit kept by truncation; NaN for a truncated unit.</param>
public sealed record OverdispersionUnit(
    long Observed,
    double Denominator,
    double Value,
    double TransformedValue,
    double StandardError,
    double Z,
    double AdjustedZ)
{
    /// <summary>Whether the unit entered φ and τ².</summary>
    public bool Used => !double.IsNaN(AdjustedZ);
}
