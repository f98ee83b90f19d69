using Registry.Etl.Statistics.Funnels;
using Registry.Etl.Statistics.Standardisation;
using Registry.Etl.Statistics.Tests.TestSupport;

namespace Registry.Etl.Statistics.Tests.Funnels;

/// <summary>
/// Every row and column of funnel_od_summary.csv and funnel_od_units.csv (funnel.md §4): the 12 pseudo-hospitals of
/// the colon case-mix models × 6 methods. O and n are counts; E is Σp̂ of our own fit of the oracle's model (which
/// reproduces R's p̂), because the 10-digit E in the CSV would move z-scores near 0 by more than 1e-8 relative.
/// </summary>
public sealed class OverdispersionOracleTests
{
    private static readonly Dictionary<string, (OverdispersionMethod Method, ZScoreAdjustment Adjustment)> Methods = new(StringComparer.Ordinal)
    {
        ["PR_natural"] = (OverdispersionMethod.ProportionNatural, ZScoreAdjustment.Winsorise),
        ["PR_arcsine"] = (OverdispersionMethod.ProportionArcsine, ZScoreAdjustment.Winsorise),
        ["SR_natural"] = (OverdispersionMethod.RatioNatural, ZScoreAdjustment.Winsorise),
        ["SR_log_SHMI"] = (OverdispersionMethod.RatioLogShmi, ZScoreAdjustment.Truncate),
        ["SR_sqrt_CQC"] = (OverdispersionMethod.RatioSqrtCqc, ZScoreAdjustment.Winsorise),
        ["SR_sqrt_CQC_fpr060"] = (OverdispersionMethod.RatioSqrtCqcFunnelPlotR060, ZScoreAdjustment.Winsorise),
    };

    private static readonly OracleTable Summary = OracleTable.Load("expected/funnel_od_summary.csv");
    private static readonly OracleTable Units = OracleTable.Load("expected/funnel_od_units.csv");

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in Summary.Rows)
        {
            data.Add(Summary.Text(row, "example"), Summary.Text(row, "method"));
        }

        return data;
    }

    [Fact]
    public void Oracle_ListsOnlyMethodsWeImplement() =>
        Assert.All(Summary.Rows, row => Assert.True(Methods.ContainsKey(Summary.Text(row, "method")), Summary.Text(row, "method")));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Estimate_Summary_MatchesEveryColumn(string example, string method)
    {
        var result = Estimate(example, method);
        var row = Assert.Single(Summary.Rows, r => Summary.Text(r, "example") == example && Summary.Text(r, "method") == method);
        var at = $"{example} {method}";
        OracleAssert.All(
        [
            () => Assert.Equal(Summary.Text(row, "adjust"), result.Adjustment == ZScoreAdjustment.Winsorise ? "winsorise" : "truncate"),
            () => OracleAssert.Exact(Summary.Integer(row, "I"), result.UnitCount, at + " I"),
            () => OracleAssert.Exact(Summary.Integer(row, "I_used"), result.UnitsUsed, at + " I_used"),
            () => OracleAssert.Close(Summary.Number(row, "target"), result.Target, at + " target"),
            () => OracleAssert.Close(Summary.Number(row, "target_transformed"), result.TargetTransformed, at + " target_transformed"),
            () => OracleAssert.Close(Summary.Number(row, "phi"), result.Phi, at + " phi"),
            () => OracleAssert.Close(Summary.Number(row, "tau2"), result.Tau2, at + " tau2"),
            () => OracleAssert.Close(Summary.Number(row, "z_cut_lower"), result.ZCut.Lower, at + " z_cut_lower"),
            () => OracleAssert.Close(Summary.Number(row, "z_cut_upper"), result.ZCut.Upper, at + " z_cut_upper"),
        ]);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Estimate_Units_MatchEveryColumn(string example, string method)
    {
        var result = Estimate(example, method);
        var rows = Units.Rows.Where(r => Units.Text(r, "example") == example && Units.Text(r, "method") == method).ToList();
        Assert.Equal(12, rows.Count);
        OracleAssert.All(rows.SelectMany((row, i) =>
        {
            var u = result.Units[i];
            var at = $"{example} {method} {Units.Text(row, "unit")}";
            var b95 = result.Limits(u.Denominator, ConfidenceLevel.Percent95);
            var b998 = result.Limits(u.Denominator, ConfidenceLevel.Percent998);
            var checks = new List<Action>
            {
                () => Assert.Equal($"H{i:00}", Units.Text(row, "unit")),
                () => OracleAssert.Exact(Units.Integer(row, "O"), u.Observed, at + " O"),
                () => OracleAssert.Close(Units.Number(row, "denom"), u.Denominator, at + " denom"),
                () => OracleAssert.Close(Units.Number(row, "y"), u.Value, at + " y"),
                () => OracleAssert.Close(Units.Number(row, "y_transformed"), u.TransformedValue, at + " y_transformed"),
                () => OracleAssert.Close(Units.Number(row, "s"), u.StandardError, at + " s"),
                () => OracleAssert.Close(Units.Number(row, "z"), u.Z, at + " z"),
                () => OracleAssert.Close(Units.Number(row, "z_adj"), u.AdjustedZ, at + " z_adj"),
            };
            foreach (var (suffix, band) in new[] { ("95", b95), ("998", b998) })
            {
                checks.Add(() => OracleAssert.Close(Units.Number(row, "ll" + suffix), band.Unadjusted.Lower, $"{at} ll{suffix}"));
                checks.Add(() => OracleAssert.Close(Units.Number(row, "ul" + suffix), band.Unadjusted.Upper, $"{at} ul{suffix}"));
                checks.Add(() => OracleAssert.Close(Units.Number(row, "mult_ll" + suffix), band.Multiplicative.Lower, $"{at} mult_ll{suffix}"));
                checks.Add(() => OracleAssert.Close(Units.Number(row, "mult_ul" + suffix), band.Multiplicative.Upper, $"{at} mult_ul{suffix}"));
                checks.Add(() => OracleAssert.Close(Units.Number(row, "add_ll" + suffix), band.Additive.Lower, $"{at} add_ll{suffix}"));
                checks.Add(() => OracleAssert.Close(Units.Number(row, "add_ul" + suffix), band.Additive.Upper, $"{at} add_ul{suffix}"));
                checks.Add(() => OracleAssert.Close(Units.Number(row, "exact_ll" + suffix), band.Exact?.Lower ?? double.NaN, $"{at} exact_ll{suffix}"));
                checks.Add(() => OracleAssert.Close(Units.Number(row, "exact_ul" + suffix), band.Exact?.Upper ?? double.NaN, $"{at} exact_ul{suffix}"));
            }

            return checks;
        }));
    }

    private static OverdispersionResult Estimate(string example, string method)
    {
        var (m, adjustment) = Methods[method];
        var outcome = example["colon_".Length..];
        var counts = HospitalCounts(outcome);
        var units = counts.Select(c => new FunnelUnit(c.Observed, m is OverdispersionMethod.ProportionNatural or OverdispersionMethod.ProportionArcsine ? c.N : c.Expected)).ToList();
        return Overdispersion.Estimate(units, m, adjustment, 0.1, null);
    }

    private static ObservedExpectedCounts[] HospitalCounts(string outcome)
    {
        var fit = ColonCasemix.Fit(outcome);
        var y = ColonCasemix.Instance.Outcome(outcome);
        var hospitals = ColonCasemix.Instance.Hospitals;
        var counts = new ObservedExpectedCounts[12];
        for (var i = 0; i < y.Length; i++)
        {
            if (!double.IsNaN(fit.Fitted[i]))
            {
                counts[hospitals[i]] = counts[hospitals[i]].Add(y[i] == 1.0, fit.Fitted[i]);
            }
        }

        return counts;
    }
}
