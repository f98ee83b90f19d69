namespace Registry.Etl.Statistics.Funnels;

/// <summary>The limits at one denominator and one level, in all three variants.</summary>
/// <param name="Level">The two-sided coverage (0.95 or 0.998 usually).</param>
/// <param name="Unadjusted">B(t0 ± z s).</param>
/// <param name="Multiplicative">B(t0 ± z √φ s).</param>
/// <param name="Additive">B(t0 ± z √(s² + τ²)).</param>
/// <param name="Exact">Spiegelhalter's exact interpolated limits (clipped) for the natural-scale methods; null otherwise.</param>
public sealed record FunnelBand(
    ConfidenceLevel Level,
    Interval Unadjusted,
    Interval Multiplicative,
    Interval Additive,
    Interval? Exact)
{
    /// <summary>The interval for the named adjustment.</summary>
    public Interval Select(OverdispersionAdjustment adjustment) => adjustment switch
    {
        OverdispersionAdjustment.None => Unadjusted,
        OverdispersionAdjustment.Multiplicative => Multiplicative,
        OverdispersionAdjustment.Additive => Additive,
        _ => Throw.UnknownMethod<OverdispersionAdjustment, Interval>(adjustment),
    };
}
