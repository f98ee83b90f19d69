namespace Registry.Etl.Statistics.Survival;

/// <summary>Survival-time quantiles with R's midpoint rule.</summary>
public sealed partial class KaplanMeierCurve
{
    /// <summary>R's <c>quantile.survfit</c> tolerance: √ε.</summary>
    private const double Tolerance = 1.4901161193847656e-08;

    /// <summary>
    /// The time by which a fraction <paramref name="probability"/> has had the event, with the interval from the
    /// lower and upper confidence curves of the named method.
    /// </summary>
    /// <remarks>
    /// Brookmeyer R, Crowley J, Biometrics 1982;38:29-41 (inverting the pointwise band); the rule of R's survival
    /// 3.5-3 <c>quantile.survfit</c>: on the curve F = 1 − S (starting at 0 at time 0) with repeated values dropped,
    /// the quantile is the first time F reaches p. When a flat stretch of F equals p within √ε, it is the midpoint
    /// of that stretch's start and the next jump, or of its start and the last observed time if the curve ends
    /// there. The confidence limits apply the same rule to 1 − lower and 1 − upper. NaN = never reached.
    /// </remarks>
    /// <example><c>curve.Quantile(0.5, KaplanMeierInterval.Log, ConfidenceLevel.Percent95)</c> (the median)</example>
    public KaplanMeierQuantile Quantile(double probability, KaplanMeierInterval method, ConfidenceLevel level)
    {
        if (!(probability >= 0.0 && probability <= 1.0))
        {
            Throw.ArgumentOutOfRange(nameof(probability), $"A quantile probability lies in [0, 1]; got {probability}.");
        }

        level.EnsureValid(nameof(level));
        var count = Steps.Count + 1;
        var times = new double[count];
        var estimate = new double[count];
        var lower = new double[count];
        var upper = new double[count];
        for (var i = 1; i < count; i++)
        {
            var step = Steps[i - 1];
            var ci = Bounds(step.Survival, step.StandardErrorCumulativeHazard, method, level.Z);
            times[i] = step.Time;
            estimate[i] = 1.0 - step.Survival;
            lower[i] = 1.0 - ci.Lower;
            upper[i] = 1.0 - ci.Upper;
        }

        return new KaplanMeierQuantile(
            probability,
            Find(times, estimate, probability),
            new Interval(Find(times, lower, probability), Find(times, upper, probability)));
    }

    /// <summary>The quantile rule on one curve: times[0] = 0 with cdf[0] = 0; NaN values are undefined points.</summary>
    private static double Find(double[] times, double[] cdf, double p)
    {
        var max = double.NegativeInfinity;
        foreach (var v in cdf)
        {
            max = double.IsNaN(v) ? max : Math.Max(max, v);
        }

        if (max < p)
        {
            return double.NaN;
        }

        if (p == 0.0)
        {
            return times[0];
        }

        
        // Keep the first occurrence of each value: censoring steps repeat it (HashSet<double> also equates NaNs).
        var kept = new List<int>();
        var seen = new HashSet<double>();
        for (var i = 0; i < cdf.Length; i++)
        {
            if (seen.Add(cdf[i]))
            {
                kept.Add(i);
            }
        }

        var first = Smallest(cdf, kept, p, Tolerance);
        var second = Smallest(cdf, kept, p, -Tolerance);
        var last = kept[^1];
        if (!double.IsNaN(cdf[last]) && Math.Abs(p - cdf[last]) < Tolerance)
        {
            return first < 0 ? double.NaN : (times[first] + times[^1]) / 2.0;
        }

        return first < 0 || second < 0 ? double.NaN : (times[first] + times[second]) / 2.0;
    }

    /// <summary>The kept point whose shifted value cdf + shift is the smallest one ≥ p (step interpolation, right value).</summary>
    private static int Smallest(double[] cdf, List<int> kept, double p, double shift)
    {
        var best = -1;
        foreach (var k in kept)
        {
            var v = cdf[k] + shift;
            if (!double.IsNaN(v) && v >= p && (best < 0 || v < cdf[best] + shift))
            {
                best = k;
            }
        }

        return best;
    }
}
