using Registry.Etl.Statistics.Survival;
using Registry.Etl.Statistics.Tests.TestSupport;

namespace Registry.Etl.Statistics.Tests.Survival;

/// <summary>Colon overall survival by rx (and ALL) against km_curves.csv, km_timepoints.csv and km_quantiles.csv.</summary>
public sealed class KaplanMeierOracleTests
{
    public static TheoryData<string> Groups => new() { "ALL", "Obs", "Lev", "Lev+5FU" };

    [Theory]
    [MemberData(nameof(Groups))]
    public void Fit_EveryStep_MatchesSurvfitEveryColumn(string group)
    {
        var curve = Curve(group);
        var table = OracleTable.Load("expected/km_curves.csv");
        var rows = table.Rows.Where(r => table.Text(r, "group") == group).ToList();
        Assert.Equal(rows.Count, curve.Steps.Count);
        OracleAssert.All(rows.SelectMany((row, i) =>
        {
            var step = curve.Steps[i];
            var at = $"km {group} t={table.Text(row, "time")}";
            var log = curve.ConfidenceInterval(i, KaplanMeierInterval.Log, ConfidenceLevel.Percent95);
            var logLog = curve.ConfidenceInterval(i, KaplanMeierInterval.LogLog, ConfidenceLevel.Percent95);
            return new Action[]
            {
                () => OracleAssert.Close(table.Number(row, "time"), step.Time, at + " time"),
                () => OracleAssert.Exact(table.Integer(row, "n_risk"), step.AtRisk, at + " n_risk"),
                () => OracleAssert.Exact(table.Integer(row, "n_event"), step.Events, at + " n_event"),
                () => OracleAssert.Exact(table.Integer(row, "n_censor"), step.Censored, at + " n_censor"),
                () => OracleAssert.Close(table.Number(row, "surv"), step.Survival, at + " surv"),
                () => OracleAssert.Close(table.Number(row, "se_cumhaz"), step.StandardErrorCumulativeHazard, at + " se_cumhaz"),
                () => OracleAssert.Close(table.Number(row, "se_surv"), step.StandardErrorSurvival, at + " se_surv"),
                () => OracleAssert.Close(table.Number(row, "lower_log"), log.Lower, at + " lower_log"),
                () => OracleAssert.Close(table.Number(row, "upper_log"), log.Upper, at + " upper_log"),
                () => OracleAssert.Close(table.Number(row, "lower_loglog"), logLog.Lower, at + " lower_loglog"),
                () => OracleAssert.Close(table.Number(row, "upper_loglog"), logLog.Upper, at + " upper_loglog"),
            };
        }));
    }

    [Fact]
    public void At_OneThreeFiveYears_MatchesSummaryTimes()
    {
        var table = OracleTable.Load("expected/km_timepoints.csv");
        Assert.Equal(24, table.Rows.Count);
        OracleAssert.All(table.Rows.SelectMany(row =>
        {
            var group = table.Text(row, "group");
            var method = Method(table.Text(row, "conf_type"));
            var estimate = Curve(group).At(table.Number(row, "t_days"), method, ConfidenceLevel.Percent95);
            var at = $"km {group} {table.Text(row, "conf_type")} {table.Text(row, "t_years")}y";
            return new Action[]
            {
                () => OracleAssert.Exact(table.Integer(row, "n_risk"), estimate.AtRisk, at + " n_risk"),
                () => OracleAssert.Exact(table.Integer(row, "n_event_cum"), estimate.EventsCumulative, at + " n_event_cum"),
                () => OracleAssert.Close(table.Number(row, "surv"), estimate.Survival, at + " surv"),
                () => OracleAssert.Close(table.Number(row, "se_surv"), estimate.StandardErrorSurvival, at + " se_surv"),
                () => OracleAssert.Close(table.Number(row, "se_cumhaz"), estimate.StandardErrorCumulativeHazard, at + " se_cumhaz"),
                () => OracleAssert.Close(table.Number(row, "lower"), estimate.Interval.Lower, at + " lower"),
                () => OracleAssert.Close(table.Number(row, "upper"), estimate.Interval.Upper, at + " upper"),
            };
        }));
    }

    [Fact]
    public void Quantile_QuartilesAndMedian_MatchQuantileSurvfit()
    {
        var table = OracleTable.Load("expected/km_quantiles.csv");
        Assert.Equal(24, table.Rows.Count);
        OracleAssert.All(table.Rows.SelectMany(row =>
        {
            var group = table.Text(row, "group");
            var curve = Curve(group);
            var q = curve.Quantile(table.Number(row, "prob"), Method(table.Text(row, "conf_type")), ConfidenceLevel.Percent95);
            var at = $"km {group} {table.Text(row, "conf_type")} p={table.Text(row, "prob")}";
            return new Action[]
            {
                () => OracleAssert.Exact(table.Integer(row, "n"), curve.Subjects, at + " n"),
                () => OracleAssert.Exact(table.Integer(row, "events"), curve.Events, at + " events"),
                () => OracleAssert.Close(table.Number(row, "quantile"), q.Estimate, at + " quantile"),
                () => OracleAssert.Close(table.Number(row, "lower"), q.Interval.Lower, at + " lower"),
                () => OracleAssert.Close(table.Number(row, "upper"), q.Interval.Upper, at + " upper"),
            };
        }));
    }

    private static KaplanMeierInterval Method(string confType) =>
        confType == "log" ? KaplanMeierInterval.Log : confType == "log-log" ? KaplanMeierInterval.LogLog : throw new ArgumentException(confType);

    private static KaplanMeierCurve Curve(string group)
    {
        var table = OracleTable.Load("data/colon_os.csv");
        var rows = table.Rows.Where(r => group == "ALL" || table.Text(r, "rx") == group).ToList();
        return KaplanMeier.Fit(
            [.. rows.Select(r => table.Number(r, "time"))],
            [.. rows.Select(r => table.Integer(r, "status") == 1)]);
    }
}
