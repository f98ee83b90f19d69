namespace Registry.Etl.Statistics.Funnels;

/// <summary>One unit on a funnel plot: its observed count O and denominator (n for proportions, E for ratios).</summary>
/// <param name="Observed">O ≥ 0.</param>
/// <param name="Denominator">n (a whole number ≥ 1, O ≤ n) for proportion methods, E &gt; 0 for ratio methods.</param>
public readonly record struct FunnelUnit(long Observed, double Denominator);
