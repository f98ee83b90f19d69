using Registry.Etl.Statistics.Funnels;
using Registry.Etl.Statistics.Tests.TestSupport;

namespace Registry.Etl.Statistics.Tests.Funnels;

/// <summary>Every row and column of funnel_prop_limits.csv and funnel_ratio_limits.csv (funnel.md §2-3).</summary>
public sealed class SpiegelhalterLimitsOracleTests
{
    [Fact]
    public void Proportion_EveryOracleRow_MatchesEveryColumn()
    {
        var table = OracleTable.Load("expected/funnel_prop_limits.csv");
        Assert.Equal(28, table.Rows.Count);
        OracleAssert.All(table.Rows.SelectMany(row =>
        {
            var limit = SpiegelhalterLimits.Proportion(table.Number(row, "target"), table.Integer(row, "n"), table.Number(row, "prob"));
            return Checks(table, row, limit, $"prop n={table.Text(row, "n")} p={table.Text(row, "prob")}");
        }));
    }

    [Fact]
    public void Ratio_EveryOracleRow_MatchesEveryColumn()
    {
        var table = OracleTable.Load("expected/funnel_ratio_limits.csv");
        Assert.Equal(44, table.Rows.Count);
        OracleAssert.All(table.Rows.SelectMany(row =>
        {
            var e = table.Number(row, "E");
            var p = table.Number(row, "prob");
            var at = $"ratio E={table.Text(row, "E")} p={table.Text(row, "prob")}";
            var limit = SpiegelhalterLimits.Ratio(table.Number(row, "target"), e, p);
            return Checks(table, row, limit, at).Append(() => OracleAssert.Close(
                table.Number(row, "limit_chisq_fpr"), SpiegelhalterLimits.RatioChiSquareFunnelPlotR(e, p), at + " limit_chisq_fpr"));
        }));
    }

    [Fact]
    public void Bands_AtOracleLevels_PairTheTails()
    {
        var band = SpiegelhalterLimits.ProportionBand(0.1, 200, ConfidenceLevel.Percent998);
        OracleAssert.Close(0.0378515074, band.Lower, "n=200 99.8% lower");
        OracleAssert.Close(0.1685672639, band.Upper, "n=200 99.8% upper");
        var ratio = SpiegelhalterLimits.RatioBand(1.0, 10, ConfidenceLevel.Percent95);
        OracleAssert.Close(0.3775187948, ratio.Lower, "E=10 95% lower");
        OracleAssert.Close(1.615995067, ratio.Upper, "E=10 95% upper");
    }

    private static IEnumerable<Action> Checks(OracleTable table, string[] row, ExactFunnelLimit limit, string at) =>
    [
        () => OracleAssert.Exact(table.Integer(row, "r_p"), limit.Rp, at + " r_p"),
        () => OracleAssert.Close(table.Number(row, "F_r"), limit.CdfAtRp, at + " F_r"),
        () => OracleAssert.Close(table.Number(row, "F_rm1"), limit.CdfBelowRp, at + " F_rm1"),
        () => OracleAssert.Close(table.Number(row, "alpha"), limit.Alpha, at + " alpha"),
        () => OracleAssert.Close(table.Number(row, "limit_raw"), limit.Raw, at + " limit_raw"),
        () => OracleAssert.Close(table.Number(row, "limit"), limit.Limit, at + " limit"),
        () => OracleAssert.Close(table.Number(row, "limit_step"), limit.Step, at + " limit_step"),
        () => OracleAssert.Close(table.Number(row, "limit_normal"), limit.Normal, at + " limit_normal"),
    ];
}
