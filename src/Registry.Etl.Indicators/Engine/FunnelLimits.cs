using Registry.Etl.Indicators.Specs;
using Registry.Etl.Statistics;
using Registry.Etl.Statistics.Funnels;

namespace Registry.Etl.Indicators.Engine;

/// <summary>
/// The control limits of one funnel (one indicator x stratum x period). Without over-dispersion they are
/// Spiegelhalter's (2005) exact binomial (proportion) or Poisson (O/E) limits with interpolation; with it,
/// φ or τ² estimated on the hospitals' Winsorised z-scores (<see cref="Overdispersion.Estimate"/>) widen the
/// normal-approximation limits multiplicatively or additively.
/// </summary>
internal sealed class FunnelLimits
{
    private readonly FunnelSpec _spec;
    private readonly bool _ratio;
    private readonly OverdispersionResult? _overdispersion;

    private FunnelLimits(FunnelSpec spec, bool ratio, double target, OverdispersionResult? overdispersion)
    {
        _spec = spec;
        _ratio = ratio;
        Target = target;
        _overdispersion = overdispersion;
    }

    public double Target { get; }

    public double? Phi => _overdispersion?.Phi;

    public double? Tau2 => _overdispersion?.Tau2;

    /// <summary>Limits for this funnel, or a note why there are none (no events, fewer than two hospitals).</summary>
    public static (FunnelLimits? Limits, string? Note) Create(FunnelSpec spec, bool ratio, double target, IReadOnlyList<FunnelUnit> units)
    {
        if (!ratio && !(target > 0.0 && target < 1.0))
        {
            return (null, "funnel: national proportion is 0 or 1, no limits");
        }

        if (spec.Overdispersion == OverdispersionAdjustment.None)
        {
            return (new FunnelLimits(spec, ratio, target, null), null);
        }

        if (units.Count < 2)
        {
            return (null, "funnel: over-dispersion needs at least two hospitals");
        }

        var method = ratio ? OverdispersionMethod.RatioNatural : OverdispersionMethod.ProportionNatural;
        var od = Overdispersion.Estimate(units, method, ZScoreAdjustment.Winsorise, spec.Winsorisation!.Value, ratio ? null : target);
        return (new FunnelLimits(spec, ratio, target, od), null);
    }

    /// <summary>The 95 % and 99.8 % limits at denominator n (proportion) or expected count E (ratio).</summary>
    public (Interval Band95, Interval Band998) At(double x)
    {
        if (_overdispersion is null)
        {
            return _ratio
                ? (SpiegelhalterLimits.RatioBand(Target, x, ConfidenceLevel.Percent95), SpiegelhalterLimits.RatioBand(Target, x, ConfidenceLevel.Percent998))
                : (SpiegelhalterLimits.ProportionBand(Target, (long)x, ConfidenceLevel.Percent95), SpiegelhalterLimits.ProportionBand(Target, (long)x, ConfidenceLevel.Percent998));
        }

        return (_overdispersion.Limits(x, ConfidenceLevel.Percent95).Select(_spec.Overdispersion),
            _overdispersion.Limits(x, ConfidenceLevel.Percent998).Select(_spec.Overdispersion));
    }

    /// <summary>Where the funnel curves are drawn: every n up to 50, then ~60 log-spaced points up to 1.1 x the largest.</summary>
    public static IReadOnlyList<double> Grid(bool ratio, double max)
    {
        var points = new SortedSet<double>();
        var top = Math.Max(max * 1.1, ratio ? 1.0 : 2.0);
        var start = ratio ? Math.Min(0.5, top / 100.0) : 1.0;
        if (!ratio)
        {
            for (var n = 1; n <= Math.Min(50, top); n++)
            {
                points.Add(n);
            }
        }

        var steps = 60;
        for (var s = 0; s <= steps; s++)
        {
            var x = start * Math.Pow(top / start, (double)s / steps);
            points.Add(ratio ? Math.Round(x, 6) : Math.Round(x));
        }

        return [.. points];
    }
}
