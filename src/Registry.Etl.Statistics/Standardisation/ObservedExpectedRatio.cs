using Registry.Etl.Statistics.Distributions;

namespace Registry.Etl.Statistics.Standardisation;

/// <summary>Indirect standardisation: O/E, ISR, z-scores and the O/E confidence intervals.</summary>
/// <remarks>
/// Breslow NE, Day NE, Statistical Methods in Cancer Research II (IARC 1987), ch. 2; the oracle
/// <c>casemix_oe.csv</c> (README: per unit n, O, E, var_E, O/E, crude rate, overall rate R, ISR = O/E·R,
/// z_binomial = (O − E)/√var_E, z_poisson = (O − E)/√E).
/// </remarks>
public static class ObservedExpectedRatio
{
    /// <summary>The unit's figures against the reference rate <paramref name="overallRate"/> (ΣO/Σn nationally).</summary>
    /// <example><c>ObservedExpectedRatio.Summarise(hospital, (double)national.Observed / national.N)</c></example>
    public static ObservedExpectedSummary Summarise(ObservedExpectedCounts unit, double overallRate)
    {
        var o = unit.Observed;
        var e = unit.Expected;
        var ratio = e > 0.0 ? o / e : double.NaN;
        return new ObservedExpectedSummary(
            unit.N,
            o,
            e,
            unit.VarianceExpected,
            ratio,
            unit.N > 0 ? (double)o / unit.N : double.NaN,
            overallRate,
            ratio * overallRate,
            (o - e) / Math.Sqrt(unit.VarianceExpected),
            (o - e) / Math.Sqrt(e));
    }

    /// <summary>The confidence interval of O/E with E fixed, by the named method.</summary>
    /// <param name="observed">O ≥ 0.</param>
    /// <param name="expected">E &gt; 0.</param>
    /// <param name="method">The named method.</param>
    /// <param name="level">The two-sided level.</param>
    /// <example><c>ObservedExpectedRatio.ConfidenceInterval(18, 18.35, RatioInterval.ExactGarwood, ConfidenceLevel.Percent95)</c></example>
    public static Interval ConfidenceInterval(long observed, double expected, RatioInterval method, ConfidenceLevel level)
    {
        if (observed < 0)
        {
            Throw.ArgumentOutOfRange(nameof(observed), $"An observed count is ≥ 0; got {observed}.");
        }

        if (!(expected > 0.0) || double.IsInfinity(expected))
        {
            Throw.ArgumentOutOfRange(nameof(expected), $"An expected count must be positive and finite; got {expected}.");
        }

        level.EnsureValid(nameof(level));
        return method switch
        {
            RatioInterval.ExactGarwood => Garwood(observed, expected, level),
            RatioInterval.Byar => Byar(observed, expected, level.Z),
            _ => Throw.UnknownMethod<RatioInterval, Interval>(method),
        };
    }

    private static Interval Garwood(long o, double e, ConfidenceLevel level) => new(
        o == 0 ? 0.0 : ContinuousQuantile.ChiSquare(2.0 * o, level.LowerTail) / 2.0 / e,
        ContinuousQuantile.ChiSquare((2.0 * o) + 2.0, level.UpperTail) / 2.0 / e);

    private static Interval Byar(long o, double e, double z)
    {
        double od = o, o1 = o + 1.0;
        // For small O and large z the cube goes negative; a ratio's bound cannot, so it is clipped at 0.
        var lower = o == 0 ? 0.0 : Math.Max(0.0, od * Math.Pow(1.0 - (1.0 / (9.0 * od)) - (z / (3.0 * Math.Sqrt(od))), 3.0) / e);
        var upper = o1 * Math.Pow(1.0 - (1.0 / (9.0 * o1)) + (z / (3.0 * Math.Sqrt(o1))), 3.0) / e;
        return new Interval(lower, upper);
    }
}
