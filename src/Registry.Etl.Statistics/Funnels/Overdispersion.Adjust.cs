using Registry.Etl.Statistics.Quantiles;

namespace Registry.Etl.Statistics.Funnels;

/// <summary>Winsorising, truncation and the φ and τ² estimators.</summary>
public static partial class Overdispersion
{
    /// <summary>FunnelPlotR <c>winsorisation()</c>: clamp to [Q7(f), Q7(1 − f)] over all units.</summary>
    private static (double[] Adjusted, Interval Cut) Winsorise(double[] z, double fraction)
    {
        var sorted = (double[])z.Clone();
        Array.Sort(sorted);
        var lower = SampleQuantile.FromSorted(sorted, fraction, QuantileDefinition.R7);
        var upper = SampleQuantile.FromSorted(sorted, 1.0 - fraction, QuantileDefinition.R7);
        var adjusted = new double[z.Length];
        for (var i = 0; i < z.Length; i++)
        {
            adjusted[i] = z[i] < lower ? lower : z[i] > upper ? upper : z[i];
        }

        return (adjusted, new Interval(lower, upper));
    }

    /// <summary>FunnelPlotR <c>truncation()</c>: average ranks r, b = ⌊r·k/(I + 1)⌋, keep 1 ≤ b ≤ k − 2 (k = 1/f); NaN = dropped.</summary>
    private static double[] Truncate(double[] z, double fraction)
    {
        var k = Math.Round(1.0 / fraction);
        if (Math.Abs((1.0 / fraction) - k) > 1e-9)
        {
            Throw.ArgumentOutOfRange(nameof(fraction), $"Truncation keeps whole k-tiles, so 1/fraction must be an integer; got {fraction}.");
        }

        var ranks = AverageRanks(z);
        var adjusted = new double[z.Length];
        for (var i = 0; i < z.Length; i++)
        {
            var b = Math.Floor(ranks[i] * k / (z.Length + 1));
            adjusted[i] = b >= 1.0 && b <= k - 2.0 ? z[i] : double.NaN;
        }

        return adjusted;
    }

    /// <summary>R's <c>rank(ties.method = "average")</c>; NaN z-scores are not allowed.</summary>
    private static double[] AverageRanks(double[] values)
    {
        var order = new int[values.Length];
        for (var i = 0; i < order.Length; i++)
        {
            if (double.IsNaN(values[i]))
            {
                Throw.Argument(nameof(values), $"Unit {i} has an undefined z-score (NaN).");
            }

            order[i] = i;
        }

        Array.Sort(order, (a, b) => values[a].CompareTo(values[b]) is var c && c != 0 ? c : a.CompareTo(b));
        var ranks = new double[values.Length];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }

            var average = ((start + 1) + (end + 1)) / 2.0;
            for (var j = start; j <= end; j++)
            {
                ranks[order[j]] = average;
            }

            start = end + 1;
        }

        return ranks;
    }

    /// <summary>φ = mean z_adj² over the used units; τ² by DerSimonian-Laird with w = 1/s².</summary>
    private static (double Phi, double Tau2) PhiAndTau2(double[] adjusted, double[] s)
    {
        double sumZ2 = 0, sumW = 0, sumW2 = 0;
        var used = 0;
        for (var i = 0; i < adjusted.Length; i++)
        {
            if (double.IsNaN(adjusted[i]))
            {
                continue;
            }

            used++;
            sumZ2 += adjusted[i] * adjusted[i];
            var w = 1.0 / (s[i] * s[i]);
            sumW += w;
            sumW2 += w * w;
        }

        if (used < 2)
        {
            Throw.InvalidOperation($"Only {used} unit(s) remain after truncation; φ and τ² need at least two.");
        }

        var phi = sumZ2 / used;
        var tau2 = used * phi < used - 1
            ? 0.0
            : Math.Max(0.0, ((used * phi) - (used - 1)) / (sumW - (sumW2 / sumW)));
        return (phi, tau2);
    }
}
