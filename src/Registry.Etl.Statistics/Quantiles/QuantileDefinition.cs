namespace Registry.Etl.Statistics.Quantiles;

/// <summary>The named sample-quantile definitions (Hyndman RJ, Fan Y. Sample quantiles in statistical packages.
/// Am Stat 1996;50:361-365; R's <c>quantile(type =)</c>).</summary>
/// <remarks>
/// For sorted x(1) ≤ … ≤ x(n). Both definitions give the same median: the middle order statistic for odd n and
/// the mean of the two middle ones for even n, so a median indicator may name either.
/// </remarks>
public enum QuantileDefinition
{
    /// <summary>
    /// Hyndman-Fan type 7 (R's and S's default, Excel's PERCENTILE.INC): <c>h = (n − 1)p + 1</c>,
    /// <c>Q(p) = x(⌊h⌋) + (h − ⌊h⌋)(x(⌊h⌋+1) − x(⌊h⌋))</c>. Used for the Winsorising cut-offs of funnel.md §4.
    /// </summary>
    R7,

    /// <summary>
    /// Hyndman-Fan type 2 (SAS PCTLDEF=5): the inverse of the empirical distribution function, averaging at its
    /// discontinuities: with <c>j = ⌊np⌋</c>, <c>Q(p) = (x(j) + x(j+1))/2</c> when np = j, else <c>x(j+1)</c>
    /// (x(0) := x(1), x(n+1) := x(n)).
    /// </summary>
    R2,
}
