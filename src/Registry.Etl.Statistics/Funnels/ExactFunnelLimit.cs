namespace Registry.Etl.Statistics.Funnels;

/// <summary>
/// One exact funnel limit with Spiegelhalter's interpolation (funnel.md §3), with the intermediate values the
/// oracle reports.
/// </summary>
/// <param name="Probability">The tail probability p (0.001, 0.025, 0.975, 0.999 for 95% and 99.8% limits).</param>
/// <param name="Rp">r_p: the smallest integer r ≥ 0 with F(r) ≥ p.</param>
/// <param name="CdfAtRp">F(r_p).</param>
/// <param name="CdfBelowRp">F(r_p − 1), with F(−1) = 0.</param>
/// <param name="Alpha">α = (F(r_p) − p)/(F(r_p) − F(r_p − 1)).</param>
/// <param name="Raw">(r_p − α)/ρ, unclipped (negative when r_p = 0).</param>
/// <param name="Limit">The raw limit clipped to [0, 1] (proportions) or at 0 (ratios): the limit to draw.</param>
/// <param name="Step">r_p/ρ, the uninterpolated step limit (for contrast).</param>
/// <param name="Normal">θ0 + z_p√(g(θ0)/ρ), the normal approximation, unclipped.</param>
public sealed record ExactFunnelLimit(
    double Probability,
    long Rp,
    double CdfAtRp,
    double CdfBelowRp,
    double Alpha,
    double Raw,
    double Limit,
    double Step,
    double Normal);
