namespace Registry.Etl.Statistics.Quantiles;

/// <summary>A sample quantile with its distribution-free confidence interval.</summary>
/// <param name="Probability">p, e.g. 0.5 for the median.</param>
/// <param name="Count">n, the number of (non-missing) observations.</param>
/// <param name="Estimate">The sample quantile under the named definition.</param>
/// <param name="Interval">[x(l), x(u)]; a bound is NaN when its rank is outside 1..n (n too small).</param>
/// <param name="LowerRank">l (1-based), possibly 0 when unattainable.</param>
/// <param name="UpperRank">u (1-based), possibly n + 1 when unattainable.</param>
/// <param name="Coverage">The exact coverage F(u − 1) − F(l − 1) of the ranks under Binomial(n, p).</param>
public sealed record QuantileEstimate(
    double Probability,
    int Count,
    double Estimate,
    Interval Interval,
    int LowerRank,
    int UpperRank,
    double Coverage);
