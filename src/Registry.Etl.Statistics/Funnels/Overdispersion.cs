namespace Registry.Etl.Statistics.Funnels;

/// <summary>Over-dispersion of a set of units: z-scores, Winsorising or truncation, φ and τ² (funnel.md §4).</summary>
/// <remarks>
/// Spiegelhalter DJ, Stat Med 2005;24:1185-1202 §6 and Qual Saf Health Care 2005;14:347-351;
/// DerSimonian R, Laird N, Control Clin Trials 1986;7:177-188; FunnelPlotR 0.6.0 (<c>od_adjustment.R</c>).
/// z_i = (Y_i − t0)/s_i; φ = (1/I_used) Σ z_adj,i²; with w_i = 1/s_i² over the units used,
/// τ² = 0 if I_used·φ &lt; I_used − 1, else max(0, (I_used·φ − (I_used − 1))/(Σw − Σw²/Σw)).
/// </remarks>
public static partial class Overdispersion
{
    /// <summary>Estimates φ and τ² for <paramref name="units"/> on the named scale.</summary>
    /// <param name="units">The units (at least 2); O and n (proportions) or O and E (ratios).</param>
    /// <param name="method">The scale.</param>
    /// <param name="adjustment">Winsorise or truncate the z-scores.</param>
    /// <param name="fraction">The fraction Winsorised or truncated at each end (funnel.md: 0.1).</param>
    /// <param name="proportionTarget">
    /// θ0 for the proportion methods; null takes the pooled ΣO/Σn of the units (funnel.md). Must be null for the
    /// ratio methods, whose target is 1.
    /// </param>
    /// <example><c>Overdispersion.Estimate(units, OverdispersionMethod.ProportionNatural, ZScoreAdjustment.Winsorise, 0.1, null)</c></example>
    public static OverdispersionResult Estimate(
        IReadOnlyList<FunnelUnit> units,
        OverdispersionMethod method,
        ZScoreAdjustment adjustment,
        double fraction,
        double? proportionTarget)
    {
        ArgumentNullException.ThrowIfNull(units);
        if (units.Count < 2)
        {
            Throw.Argument(nameof(units), $"Over-dispersion needs at least two units; got {units.Count}.");
        }

        if (!(fraction > 0.0 && fraction < 0.5))
        {
            Throw.ArgumentOutOfRange(nameof(fraction), $"The Winsorising/truncation fraction lies in (0, 0.5); got {fraction}.");
        }

        var target = Target(units, method, proportionTarget);
        var t0 = FunnelScale.Transform(method, target);
        var z = new double[units.Count];
        var s = new double[units.Count];
        var y = new double[units.Count];
        var yt = new double[units.Count];
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            CheckDenominator(method, unit.Denominator, nameof(units));
            if (unit.Observed < 0 || (FunnelScale.IsProportion(method) && unit.Observed > unit.Denominator))
            {
                Throw.Argument(nameof(units), $"Unit {i}: O = {unit.Observed} is outside [0, {unit.Denominator}].");
            }

            y[i] = unit.Observed / unit.Denominator;
            yt[i] = FunnelScale.Transform(method, y[i]);
            s[i] = FunnelScale.StandardError(method, target, unit.Denominator);
            z[i] = (yt[i] - t0) / s[i];
        }

        var (adjusted, cut) = adjustment switch
        {
            ZScoreAdjustment.Winsorise => Winsorise(z, fraction),
            ZScoreAdjustment.Truncate => (Truncate(z, fraction), new Interval(double.NaN, double.NaN)),
            _ => Throw.UnknownMethod<ZScoreAdjustment, (double[], Interval)>(adjustment),
        };

        var (phi, tau2) = PhiAndTau2(adjusted, s);
        var detail = new OverdispersionUnit[units.Count];
        for (var i = 0; i < detail.Length; i++)
        {
            detail[i] = new OverdispersionUnit(units[i].Observed, units[i].Denominator, y[i], yt[i], s[i], z[i], adjusted[i]);
        }

        return new OverdispersionResult(method, adjustment, target, t0, phi, tau2, cut, detail);
    }

    internal static void CheckDenominator(OverdispersionMethod method, double denominator, string paramName)
    {
        if (!(denominator > 0.0) || double.IsInfinity(denominator))
        {
            Throw.Argument(paramName, $"A funnel denominator must be positive and finite; got {denominator}.");
        }

        if (FunnelScale.IsProportion(method) && denominator != Math.Floor(denominator))
        {
            Throw.Argument(paramName, $"A proportion's denominator n is a whole number; got {denominator}.");
        }
    }

    private static double Target(IReadOnlyList<FunnelUnit> units, OverdispersionMethod method, double? proportionTarget)
    {
        if (!FunnelScale.IsProportion(method))
        {
            if (proportionTarget is not null)
            {
                Throw.Argument(nameof(proportionTarget), $"{method} is a ratio method with target 1; pass null.");
            }

            return 1.0;
        }

        double target;
        if (proportionTarget is { } given)
        {
            target = given;
        }
        else
        {
            double o = 0, n = 0;
            foreach (var unit in units)
            {
                o += unit.Observed;
                n += unit.Denominator;
            }

            target = o / n;
        }

        if (!(target > 0.0 && target < 1.0))
        {
            Throw.Argument(nameof(proportionTarget), $"A proportion funnel needs a target strictly between 0 and 1; got {target} (no events, or all events).");
        }

        return target;
    }
}
