using MathNet.Numerics.Distributions;
using Registry.Etl.Statistics.Distributions;

namespace Registry.Etl.Statistics.Funnels;

/// <summary>
/// Spiegelhalter's exact funnel-plot control limits with interpolation, for proportions (Binomial) and O/E
/// ratios (Poisson), plus the normal approximation (funnel.md §1-3).
/// </summary>
/// <remarks>
/// Spiegelhalter DJ, Funnel plots for comparing institutional performance, Stat Med 2005;24:1185-1202,
/// Table I and Appendix A.1.1; the same algorithm as Wicklin (SAS/IML, 2011): r_p = the smallest r ≥ 0 with
/// F(r) ≥ p (R's qbinom/qpois), α = (F(r_p) − p)/(F(r_p) − F(r_p − 1)) with F(−1) = 0, limit (r_p − α)/ρ.
/// F is Binomial(n, θ0) with ρ = n, or Poisson(E·θ0) with ρ = E (CDFs through the regularized incomplete beta
/// and gamma functions). Funnel limits are prediction limits for a unit on target, not confidence intervals.
/// </remarks>
public static class SpiegelhalterLimits
{
    /// <summary>The limit at tail probability <paramref name="probability"/> for a proportion O/n with target θ0.</summary>
    /// <example><c>SpiegelhalterLimits.Proportion(0.1, 200, 0.975).Limit</c> → 0.1409717144</example>
    public static ExactFunnelLimit Proportion(double target, long n, double probability)
    {
        CheckTarget(target, 0.0, 1.0);
        CheckProbability(probability);
        if (n < 1)
        {
            Throw.ArgumentOutOfRange(nameof(n), $"A funnel limit needs n ≥ 1; got {n}.");
        }

        double Cdf(long r) => DiscreteCdf.Binomial(r, n, target);
        var rp = DiscreteCdf.SmallestWithCdfAtLeast(Cdf, probability, n * target, Math.Sqrt(n * target * (1.0 - target)), n);
        var normal = target + (Normal.InvCDF(0.0, 1.0, probability) * Math.Sqrt(target * (1.0 - target) / n));
        return Interpolate(probability, rp, Cdf(rp), Cdf(rp - 1), SaddlePointDensity.Binomial(rp, n, target), n, normal, 1.0);
    }

    /// <summary>The limit at tail probability <paramref name="probability"/> for a ratio O/E with target θ0 (normally 1).</summary>
    /// <example><c>SpiegelhalterLimits.Ratio(1.0, 7.3, 0.999).Limit</c> → 2.265555464</example>
    public static ExactFunnelLimit Ratio(double target, double expected, double probability)
    {
        CheckTarget(target, 0.0, double.PositiveInfinity);
        CheckProbability(probability);
        if (!(expected > 0.0) || double.IsInfinity(expected))
        {
            Throw.ArgumentOutOfRange(nameof(expected), $"A funnel limit needs E > 0; got {expected}.");
        }

        var mean = expected * target;
        double Cdf(long r) => DiscreteCdf.Poisson(r, mean);
        var rp = DiscreteCdf.SmallestWithCdfAtLeast(Cdf, probability, mean, Math.Sqrt(mean), long.MaxValue);
        var normal = target + (Normal.InvCDF(0.0, 1.0, probability) * Math.Sqrt(target / expected));
        return Interpolate(probability, rp, Cdf(rp), Cdf(rp - 1), SaddlePointDensity.Poisson(rp, mean), expected, normal, double.PositiveInfinity);
    }

    /// <summary>The clipped exact limits [lower, upper] of a proportion at two-sided <paramref name="level"/> (tails (1 ∓ level)/2).</summary>
    /// <example><c>SpiegelhalterLimits.ProportionBand(0.1, 200, ConfidenceLevel.Percent998)</c> → [0.0378515074, 0.1685672639]</example>
    public static Interval ProportionBand(double target, long n, ConfidenceLevel level)
    {
        level.EnsureValid(nameof(level));
        return new Interval(Proportion(target, n, level.LowerTail).Limit, Proportion(target, n, level.UpperTail).Limit);
    }

    /// <summary>The clipped exact limits [lower, upper] of an O/E ratio at two-sided <paramref name="level"/>.</summary>
    /// <example><c>SpiegelhalterLimits.RatioBand(1.0, 10, ConfidenceLevel.Percent95)</c> → [0.3775187948, 1.615995067]</example>
    public static Interval RatioBand(double target, double expected, ConfidenceLevel level)
    {
        level.EnsureValid(nameof(level));
        return new Interval(Ratio(target, expected, level.LowerTail).Limit, Ratio(target, expected, level.UpperTail).Limit);
    }

    /// <summary>
    /// FunnelPlotR 0.6.0's unadjusted "SR" limit, for parity only: <c>qchisq(p, 2E)/(2E)</c> for a lower tail
    /// (p &lt; ½) and <c>qchisq(p, 2(E + 1))/(2E)</c> for an upper tail (<c>calculate_limits.R</c>). It is a
    /// confidence interval for a count equal to E, not Spiegelhalter's prediction limit (funnel.md §3).
    /// </summary>
    public static double RatioChiSquareFunnelPlotR(double expected, double probability)
    {
        CheckProbability(probability);
        if (!(expected > 0.0) || double.IsInfinity(expected))
        {
            Throw.ArgumentOutOfRange(nameof(expected), $"A funnel limit needs E > 0; got {expected}.");
        }

        var df = probability < 0.5 ? 2.0 * expected : 2.0 * (expected + 1.0);
        return ContinuousQuantile.ChiSquare(df, probability) / (2.0 * expected);
    }

    // F(r_p) − F(r_p − 1) is taken as the probability p(r_p) itself, which is exact to ~1e-15 where the
    // difference of two CDF values near 1 would keep fewer digits.
    private static ExactFunnelLimit Interpolate(double p, long rp, double f, double fBelow, double mass, double rho, double normal, double max)
    {
        var alpha = (f - p) / mass;
        var raw = (rp - alpha) / rho;
        return new ExactFunnelLimit(p, rp, f, fBelow, alpha, raw, Math.Clamp(raw, 0.0, max), rp / rho, normal);
    }

    private static void CheckTarget(double target, double min, double max)
    {
        if (!(target > min && target < max))
        {
            Throw.ArgumentOutOfRange(nameof(target), $"The funnel target must lie in ({min}, {max}); got {target}.");
        }
    }

    private static void CheckProbability(double probability)
    {
        if (!(probability > 0.0 && probability < 1.0))
        {
            Throw.ArgumentOutOfRange(nameof(probability), $"A tail probability lies strictly between 0 and 1; got {probability}.");
        }
    }
}
