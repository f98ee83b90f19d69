using Registry.Etl.Statistics.Distributions;

namespace Registry.Etl.Statistics.Proportions;

/// <summary>One-proportion confidence intervals; the methods and their sources are on <see cref="ProportionInterval"/>.</summary>
public static class ProportionConfidenceInterval
{
    /// <summary>The interval for <paramref name="successes"/> out of <paramref name="trials"/>.</summary>
    /// <param name="successes">x, 0 ≤ x ≤ n.</param>
    /// <param name="trials">n ≥ 1 (a proportion of nothing has no interval; the caller suppresses it).</param>
    /// <param name="method">The named method.</param>
    /// <param name="level">The two-sided level, e.g. <see cref="ConfidenceLevel.Percent95"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">n &lt; 1 or x outside [0, n].</exception>
    public static Interval Compute(long successes, long trials, ProportionInterval method, ConfidenceLevel level)
    {
        if (trials < 1)
        {
            Throw.ArgumentOutOfRange(nameof(trials), $"A proportion needs at least one trial; got n = {trials}.");
        }

        if (successes < 0 || successes > trials)
        {
            Throw.ArgumentOutOfRange(nameof(successes), $"Successes must lie in [0, n = {trials}]; got x = {successes}.");
        }

        level.EnsureValid(nameof(level));
        return method switch
        {
            ProportionInterval.Wilson => Wilson(successes, trials, level.Z),
            ProportionInterval.WilsonContinuityCorrected => WilsonCorrected(successes, trials, level.Z),
            ProportionInterval.PropTestContinuityCorrected => PropTestCorrected(successes, trials, level.Z),
            ProportionInterval.ClopperPearson => ClopperPearson(successes, trials, level.Alpha),
            ProportionInterval.Jeffreys => Jeffreys(successes, trials, level.Alpha),
            _ => Throw.UnknownMethod<ProportionInterval, Interval>(method),
        };
    }

    private static Interval Wilson(long x, long n, double z)
    {
        double xd = x, nd = n, z2 = z * z;
        var centre = (2.0 * xd) + z2;
        var half = z * Math.Sqrt(z2 + (4.0 * xd * (1.0 - (xd / nd))));
        var denominator = 2.0 * (nd + z2);
        var lower = x == 0 ? 0.0 : (centre - half) / denominator;
        var upper = x == n ? 1.0 : (centre + half) / denominator;
        return new Interval(lower, upper);
    }

    private static Interval WilsonCorrected(long x, long n, double z)
    {
        double nd = n, p = (double)x / n, z2 = z * z;
        var denominator = 2.0 * (nd + z2);
        var lower = x == 0
            ? 0.0
            : ((2.0 * nd * p) + z2 - 1.0 - (z * Math.Sqrt(z2 - 2.0 - (1.0 / nd) + (4.0 * p * ((nd * (1.0 - p)) + 1.0))))) / denominator;
        var upper = x == n
            ? 1.0
            : ((2.0 * nd * p) + z2 + 1.0 + (z * Math.Sqrt(z2 + 2.0 - (1.0 / nd) + (4.0 * p * ((nd * (1.0 - p)) - 1.0))))) / denominator;
        return new Interval(Math.Clamp(lower, 0.0, 1.0), Math.Clamp(upper, 0.0, 1.0));
    }

    // R 4.2.2 stats:::prop.test, k = 1, p = NULL (so 0.5), correct = TRUE; transcribed term by term.
    private static Interval PropTestCorrected(long x, long n, double z)
    {
        double nd = n, estimate = (double)x / n;
        var yates = Math.Min(0.5, Math.Abs(x - (nd * 0.5)));
        var z22n = z * z / (2.0 * nd);
        var pc = estimate + (yates / nd);
        var upper = pc >= 1.0 ? 1.0 : (pc + z22n + (z * Math.Sqrt((pc * (1.0 - pc) / nd) + (z22n / (2.0 * nd))))) / (1.0 + (2.0 * z22n));
        pc = estimate - (yates / nd);
        var lower = pc <= 0.0 ? 0.0 : (pc + z22n - (z * Math.Sqrt((pc * (1.0 - pc) / nd) + (z22n / (2.0 * nd))))) / (1.0 + (2.0 * z22n));
        return new Interval(Math.Max(lower, 0.0), Math.Min(upper, 1.0));
    }

    private static Interval ClopperPearson(long x, long n, double alpha) => new(
        x == 0 ? 0.0 : ContinuousQuantile.Beta(x, n - x + 1.0, alpha / 2.0),
        x == n ? 1.0 : ContinuousQuantile.Beta(x + 1.0, n - x, 1.0 - (alpha / 2.0)));

    private static Interval Jeffreys(long x, long n, double alpha) => new(
        x == 0 ? 0.0 : ContinuousQuantile.Beta(x + 0.5, n - x + 0.5, alpha / 2.0),
        x == n ? 1.0 : ContinuousQuantile.Beta(x + 0.5, n - x + 0.5, 1.0 - (alpha / 2.0)));
}
