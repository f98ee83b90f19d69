using Registry.Etl.Statistics.Regression;
using Registry.Etl.Statistics.Tests.TestSupport;

namespace Registry.Etl.Statistics.Tests.Regression;

/// <summary>The case-mix models against R's glm (casemix_coef.csv, casemix_fit.csv, casemix_patients.csv).</summary>
public sealed class LogisticRegressionOracleTests
{
    public static TheoryData<string> Outcomes => new() { "rec1y", "death1y" };

    [Theory]
    [MemberData(nameof(Outcomes))]
    public void Fit_Coefficients_MatchGlmEveryColumn(string outcome)
    {
        var fit = ColonCasemix.Fit(outcome);
        var table = OracleTable.Load("expected/casemix_coef.csv");
        var rows = table.Rows.Where(r => table.Text(r, "outcome") == outcome).ToList();
        Assert.Equal(rows.Count, fit.Coefficients.Count);
        OracleAssert.All(rows.SelectMany((row, index) =>
        {
            var term = ColonCasemix.OurTerm(table.Text(row, "term"));
            var c = fit.Coefficients[index];
            var at = $"{outcome} {term}";
            return new Action[]
            {
                () => Assert.True(c.Term == term, $"{at}: term {index} is '{c.Term}'."),
                () => OracleAssert.Close(table.Number(row, "estimate"), c.Estimate, at + " estimate"),
                () => OracleAssert.Close(table.Number(row, "se"), c.StandardError, at + " se"),
                () => OracleAssert.Close(table.Number(row, "z"), c.Z, at + " z"),
                () => OracleAssert.Close(table.Number(row, "p"), c.P, at + " p"),
                () => OracleAssert.Close(table.Number(row, "odds_ratio"), c.OddsRatio, at + " odds_ratio"),
                () => OracleAssert.Close(table.Number(row, "or_lower95"), c.OddsRatioInterval.Lower, at + " or_lower95"),
                () => OracleAssert.Close(table.Number(row, "or_upper95"), c.OddsRatioInterval.Upper, at + " or_upper95"),
            };
        }));
    }

    [Theory]
    [MemberData(nameof(Outcomes))]
    public void Fit_Summary_MatchesGlmEveryColumn(string outcome)
    {
        var fit = ColonCasemix.Fit(outcome);
        var table = OracleTable.Load("expected/casemix_fit.csv");
        var row = Assert.Single(table.Rows, r => table.Text(r, "outcome") == outcome);
        var s = fit.Summary;
        Assert.Equal(LogisticFitStatus.Converged, fit.Status);
        Assert.Empty(fit.SeparationFindings);
        OracleAssert.All(
        [
            () => OracleAssert.Exact(table.Integer(row, "n"), s.Observations, outcome + " n"),
            () => OracleAssert.Exact(table.Integer(row, "events"), s.Events, outcome + " events"),
            () => OracleAssert.Exact(table.Integer(row, "n_dropped_na"), s.DroppedIncomplete, outcome + " n_dropped_na"),
            () => OracleAssert.Close(table.Number(row, "deviance"), s.Deviance, outcome + " deviance"),
            () => OracleAssert.Close(table.Number(row, "null_deviance"), s.NullDeviance, outcome + " null_deviance"),
            () => OracleAssert.Exact(table.Integer(row, "df_residual"), s.DfResidual, outcome + " df_residual"),
            () => OracleAssert.Exact(table.Integer(row, "df_null"), s.DfNull, outcome + " df_null"),
            () => OracleAssert.Close(table.Number(row, "loglik"), s.LogLikelihood, outcome + " loglik"),
            () => OracleAssert.Close(table.Number(row, "aic"), s.Aic, outcome + " aic"),
            () => OracleAssert.Close(table.Number(row, "c_statistic"), s.CStatistic, outcome + " c_statistic"),
            () => OracleAssert.Exact(table.Integer(row, "iterations"), s.Iterations, outcome + " iterations"),
        ]);
    }

    [Theory]
    [MemberData(nameof(Outcomes))]
    public void Fit_PerPatient_MatchesPredictLinkAndFitted(string outcome)
    {
        var fit = ColonCasemix.Fit(outcome);
        var data = ColonCasemix.Instance;
        var rowOfId = data.Ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        var table = OracleTable.Load("expected/casemix_patients.csv");
        var rows = table.Rows.Where(r => table.Text(r, "outcome") == outcome).ToList();
        Assert.Equal(906, rows.Count);
        var dropped = fit.Fitted.ToArray().Count(double.IsNaN);
        Assert.Equal(data.Count - 906, dropped);
        OracleAssert.All(rows.SelectMany(row =>
        {
            var i = rowOfId[table.Integer(row, "id")];
            var at = $"{outcome} id={table.Text(row, "id")}";
            return new Action[]
            {
                () => OracleAssert.Close(table.Number(row, "lp"), fit.LinearPredictor[i], at + " lp"),
                () => OracleAssert.Close(table.Number(row, "p_hat"), fit.Fitted[i], at + " p_hat"),
            };
        }));
    }

    [Theory]
    [MemberData(nameof(Outcomes))]
    public void Predict_OnTheFittingRows_ReproducesFitted(string outcome)
    {
        var fit = ColonCasemix.Fit(outcome);
        var predicted = fit.Predict(ColonCasemix.Instance.Covariates(factors: outcome == "rec1y"));
        for (var i = 0; i < predicted.Length; i++)
        {
            if (double.IsNaN(fit.Fitted[i]))
            {
                Assert.True(double.IsNaN(predicted[i]), $"row {i} has a missing covariate but got a prediction.");
            }
            else
            {
                Assert.Equal(fit.Fitted[i], predicted[i], 1e-12);
            }
        }
    }
}
