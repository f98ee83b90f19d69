namespace Registry.Etl.Statistics.Funnels;

/// <summary>
/// φ, τ² and the z-score detail of one set of units (the oracle's <c>funnel_od_summary.csv</c> row), and the
/// funnel limits at any denominator (<see cref="Limits"/>: its <c>funnel_od_units.csv</c> limit columns).
/// </summary>
public sealed class OverdispersionResult
{
    internal OverdispersionResult(
        OverdispersionMethod method,
        ZScoreAdjustment adjustment,
        double target,
        double targetTransformed,
        double phi,
        double tau2,
        Interval zCut,
        IReadOnlyList<OverdispersionUnit> units)
    {
        Method = method;
        Adjustment = adjustment;
        Target = target;
        TargetTransformed = targetTransformed;
        Phi = phi;
        Tau2 = tau2;
        ZCut = zCut;
        Units = units;
        var used = 0;
        foreach (var unit in units)
        {
            used += unit.Used ? 1 : 0;
        }

        UnitsUsed = used;
    }

    /// <summary>The scale.</summary>
    public OverdispersionMethod Method { get; }

    /// <summary>Winsorising or truncation.</summary>
    public ZScoreAdjustment Adjustment { get; }

    /// <summary>θ0 on the natural scale: the proportion target, or the ratio target (1).</summary>
    public double Target { get; }

    /// <summary>t0: the target on the method's scale.</summary>
    public double TargetTransformed { get; }

    /// <summary>φ = (1/I_used) Σ z_adj²: the multiplicative over-dispersion factor (&lt; 1 means under-dispersed).</summary>
    public double Phi { get; }

    /// <summary>τ², the DerSimonian-Laird additive between-unit variance on the method's scale (≥ 0).</summary>
    public double Tau2 { get; }

    /// <summary>The Winsorising cut-offs [Q(f), Q(1 − f)] of the z-scores; NaN bounds under truncation.</summary>
    public Interval ZCut { get; }

    /// <summary>I: the number of units.</summary>
    public int UnitCount => Units.Count;

    /// <summary>I_used: the units entering φ and τ² (all of them when Winsorising).</summary>
    public int UnitsUsed { get; }

    /// <summary>Per-unit detail, in input order.</summary>
    public IReadOnlyList<OverdispersionUnit> Units { get; }

    /// <summary>
    /// The unadjusted, multiplicative and additive limits (and the exact ones for the natural scales) at
    /// denominator <paramref name="denominator"/> (n or E) and level <paramref name="level"/>; call it at each
    /// unit's own denominator for its flag, or along a grid to draw the funnel.
    /// </summary>
    /// <example><c>result.Limits(75, ConfidenceLevel.Percent998).Select(OverdispersionAdjustment.Additive)</c></example>
    public FunnelBand Limits(double denominator, ConfidenceLevel level)
    {
        level.EnsureValid(nameof(level));
        Overdispersion.CheckDenominator(Method, denominator, nameof(denominator));
        var s = FunnelScale.StandardError(Method, Target, denominator);
        var z = level.Z;
        var t0 = TargetTransformed;
        Interval Band(double halfWidth) =>
            new(FunnelScale.BackTransform(Method, t0 - halfWidth), FunnelScale.BackTransform(Method, t0 + halfWidth));

        Interval? exact = null;
        if (Method == OverdispersionMethod.ProportionNatural)
        {
            var n = (long)denominator;
            exact = new Interval(
                SpiegelhalterLimits.Proportion(Target, n, level.LowerTail).Limit,
                SpiegelhalterLimits.Proportion(Target, n, level.UpperTail).Limit);
        }
        else if (Method == OverdispersionMethod.RatioNatural)
        {
            exact = new Interval(
                SpiegelhalterLimits.Ratio(Target, denominator, level.LowerTail).Limit,
                SpiegelhalterLimits.Ratio(Target, denominator, level.UpperTail).Limit);
        }

        return new FunnelBand(
            level,
            Band(z * s),
            Band(z * Math.Sqrt(Phi) * s),
            Band(z * Math.Sqrt((s * s) + Tau2)),
            exact);
    }
}
