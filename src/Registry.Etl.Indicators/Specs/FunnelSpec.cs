using Registry.Etl.Statistics.Funnels;

namespace Registry.Etl.Indicators.Specs;

/// <summary>
/// Funnel options: control limits at 95 % and 99.8 % (Spiegelhalter 2005); over-dispersion none (exact
/// binomial/Poisson limits), multiplicative (φ) or additive (DerSimonian-Laird τ²), estimated on
/// Winsorised z-scores with the given fraction per tail.
/// </summary>
public sealed record FunnelSpec(OverdispersionAdjustment Overdispersion, double? Winsorisation);
