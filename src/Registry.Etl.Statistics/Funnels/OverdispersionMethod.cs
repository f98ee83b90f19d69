namespace Registry.Etl.Statistics.Funnels;

/// <summary>
/// The named scales on which z-scores, φ and τ² are computed and limits drawn (funnel.md §4). Y_i is the unit's
/// (transformed) indicator, t0 the target on that scale, s_i the null standard error, B the back-transform.
/// </summary>
/// <remarks>
/// Spiegelhalter DJ, Stat Med 2005;24:1185-1202 §6 and Qual Saf Health Care 2005;14:347-351; FunnelPlotR
/// 0.6.0 (NHS-R Community: <c>transformed_zscore</c>, <c>calculate_limits</c>); SHMI methodology (NHS Digital).
/// </remarks>
public enum OverdispersionMethod
{
    /// <summary>Proportion on its natural scale (Spiegelhalter 2005): Y = O/n, t0 = θ0, s = √(θ0(1 − θ0)/n), B clips to [0, 1].</summary>
    ProportionNatural,

    /// <summary>Proportion on the arcsine scale (FunnelPlotR "PR"): Y = asin(√(O/n)), t0 = asin(√θ0), s = 1/(2√n), B(x) = sin²(x) with x clipped to [0, π/2].</summary>
    ProportionArcsine,

    /// <summary>O/E ratio on its natural scale (Spiegelhalter 2005): Y = O/E, t0 = 1, s = 1/√E, B(x) = max(x, 0).</summary>
    RatioNatural,

    /// <summary>O/E on the log scale (FunnelPlotR "SR", sr_method "SHMI", without its rounding of E): Y = log(O/E), t0 = 0, s = 1/√E, B = exp. z = −∞ when O = 0 (as R's log(0)). Pair with <see cref="ZScoreAdjustment.Truncate"/>.</summary>
    RatioLogShmi,

    /// <summary>O/E on the square-root scale (FunnelPlotR "SR", sr_method "CQC"): Y = √(O/E), t0 = 1, s = 1/(2√E), B(x) = max(x, 0)²; z = 2(√O − √E).</summary>
    RatioSqrtCqc,

    /// <summary>As <see cref="RatioSqrtCqc"/> but with limits left on the square-root scale (B = identity), reproducing FunnelPlotR 0.6.0 (its issue #33). For parity tests only.</summary>
    RatioSqrtCqcFunnelPlotR060,
}
