using Registry.Etl.Statistics.Distributions;

namespace Registry.Etl.Statistics.Quantiles;

/// <summary>Sample quantiles (<see cref="QuantileDefinition"/>) and their confidence intervals (<see cref="QuantileInterval"/>).</summary>
public static class SampleQuantile
{
    private const double Fuzz = 4.0 * 2.220446049250313e-16;

    /// <summary>The p-quantile (0 ≤ p ≤ 1; 0 gives the minimum, 1 the maximum) of values already sorted ascending (no NaN).</summary>
    /// <example><c>SampleQuantile.FromSorted(sorted, 0.1, QuantileDefinition.R7)</c></example>
    public static double FromSorted(ReadOnlySpan<double> sorted, double probability, QuantileDefinition definition)
    {
        if (!(probability >= 0.0 && probability <= 1.0))
        {
            Throw.ArgumentOutOfRange(nameof(probability), $"A quantile probability lies in [0, 1]; got {probability}.");
        }

        if (sorted.IsEmpty)
        {
            Throw.Argument(nameof(sorted), "A quantile of no values is undefined.");
        }

        var n = sorted.Length;
        switch (definition)
        {
            case QuantileDefinition.R7:
                {
                    var h = ((n - 1) * probability) + 1.0;
                    var j = (int)Math.Floor(h);
                    if (j >= n)
                    {
                        return sorted[n - 1];
                    }

                    // R's form (1 − h)·x(j) + h·x(j + 1), not x(j) + h·Δ: the two differ in the last bit.
                    var lowValue = sorted[j - 1];
                    var highValue = sorted[j];
                    var fraction = h - j;
                    return fraction > 0.0 && highValue != lowValue ? ((1.0 - fraction) * lowValue) + (fraction * highValue) : lowValue;
                }

            case QuantileDefinition.R2:
                {
                    // As R 4.2 quantile.default: j = floor(np + 4 eps) with an absolute fuzz, so 0.1 * 10 counts as
                    // a jump at 1; np == j (no excess) averages x(j) and x(j + 1).
                    var np = n * probability;
                    var j = (int)Math.Floor(np + Fuzz);
                    var upper = sorted[Math.Clamp(j, 0, n - 1)];
                    if (np > j)
                    {
                        return upper;
                    }

                    var lower = sorted[Math.Clamp(j - 1, 0, n - 1)];
                    return (lower + upper) / 2.0;
                }

            default:
                return Throw.UnknownMethod<QuantileDefinition, double>(definition);
        }
    }

    /// <summary>
    /// The p-quantile of <paramref name="values"/> (any order; NaN values are missing and skipped) with its
    /// confidence interval.
    /// </summary>
    /// <example><c>SampleQuantile.Estimate(waits, 0.5, QuantileDefinition.R7, QuantileInterval.OrderStatistic, ConfidenceLevel.Percent95)</c></example>
    public static QuantileEstimate Estimate(
        ReadOnlySpan<double> values,
        double probability,
        QuantileDefinition definition,
        QuantileInterval interval,
        ConfidenceLevel level)
    {
        CheckProbability(probability);
        level.EnsureValid(nameof(level));
        var sorted = new double[values.Length];
        var n = 0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                sorted[n++] = v;
            }
        }

        if (n == 0)
        {
            Throw.Argument(nameof(values), "A quantile of no (non-missing) values is undefined.");
        }

        var span = sorted.AsSpan(0, n);
        span.Sort();
        var estimate = FromSorted(span, probability, definition);
        if (interval != QuantileInterval.OrderStatistic)
        {
            Throw.UnknownMethod(interval);
        }

        var (l, u, coverage) = OrderStatisticRanks(n, probability, level);
        var lower = l >= 1 ? span[l - 1] : double.NaN;
        var upper = u <= n ? span[u - 1] : double.NaN;
        return new QuantileEstimate(probability, n, estimate, new Interval(lower, upper), l, u, coverage);
    }

    /// <summary>The ranks (l, u) and exact coverage of <see cref="QuantileInterval.OrderStatistic"/>.</summary>
    public static (int LowerRank, int UpperRank, double Coverage) OrderStatisticRanks(int count, double probability, ConfidenceLevel level)
    {
        CheckProbability(probability);
        level.EnsureValid(nameof(level));
        if (count < 1)
        {
            Throw.ArgumentOutOfRange(nameof(count), $"Need at least one observation; got {count}.");
        }

        double Cdf(long r) => DiscreteCdf.Binomial(r, count, probability);
        var sd = Math.Sqrt(count * probability * (1.0 - probability));
        var l = (int)DiscreteCdf.SmallestWithCdfAtLeast(Cdf, level.LowerTail, count * probability, sd, count);
        var u = (int)DiscreteCdf.SmallestWithCdfAtLeast(Cdf, level.UpperTail, count * probability, sd, count) + 1;
        var coverage = Cdf(Math.Min(u - 1, count)) - Cdf(l - 1);
        return (l, u, coverage);
    }

    private static void CheckProbability(double probability)
    {
        if (!(probability > 0.0 && probability < 1.0))
        {
            Throw.ArgumentOutOfRange(nameof(probability), $"A quantile probability lies strictly between 0 and 1; got {probability}.");
        }
    }
}
