namespace Registry.Etl.Statistics.Quantiles;

/// <summary>The named confidence-interval methods for a population quantile.</summary>
public enum QuantileInterval
{
    /// <summary>
    /// Distribution-free interval from order statistics (Conover WJ, Practical Nonparametric Statistics, 3rd ed.
    /// 1999, §3.2; Hahn GJ, Meeker WQ, Statistical Intervals, 1991, §5.2). With B ~ Binomial(n, p) and CDF F,
    /// the lower rank is <c>l = qbinom(α/2, n, p)</c> (the smallest l with F(l) ≥ α/2) and the upper rank
    /// <c>u = qbinom(1 − α/2, n, p) + 1</c>; the interval is [x(l), x(u)] with exact coverage
    /// <c>F(u − 1) − F(l − 1) ≥ 1 − α</c> for any continuous distribution. For the median (p = ½) this is
    /// [x(k), x(n − k + 1)] with k = qbinom(α/2, n, ½), as DescTools' <c>MedianCI(method = "exact")</c>.
    /// A bound whose rank falls outside 1..n is not attainable with this n and is reported as NaN.
    /// </summary>
    OrderStatistic,
}
