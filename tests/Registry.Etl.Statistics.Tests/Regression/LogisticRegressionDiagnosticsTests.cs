using Registry.Etl.Statistics.Regression;
using Registry.Etl.Statistics.Tests.TestSupport;

namespace Registry.Etl.Statistics.Tests.Regression;

/// <summary>Separation, non-convergence and bad input are reported, never silently wrong.</summary>
public sealed class LogisticRegressionDiagnosticsTests
{
    [Fact]
    public void Fit_Death1yWithExtentFactor_ReportsQuasiSeparationOfLevelOne()
    {
        // README: "with extent as a factor level 1 has 0 deaths (quasi-separation)"; glm still "converges".
        var data = ColonCasemix.Instance;
        var fit = LogisticRegression.Fit(data.Outcome("death1y"), data.Covariates(factors: true), LogisticRegressionOptions.Strict);

        Assert.Equal(LogisticFitStatus.Separation, fit.Status);
        Assert.Contains(fit.SeparationFindings, f => f.Contains("extent = 1", StringComparison.Ordinal) && f.Contains("outcome is 0", StringComparison.Ordinal));
        Assert.Contains(fit.SeparationFindings, f => f.Contains("'extent[2]'", StringComparison.Ordinal) && f.Contains("diverges", StringComparison.Ordinal));
        var error = Assert.Throws<InvalidOperationException>(fit.EnsureUsable);
        Assert.Contains("separation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_CompleteSeparationOnANumericCovariate_IsReported()
    {
        double[] x = [-3, -2, -1.5, -1, -0.5, 0.5, 1, 1.5, 2, 3];
        double[] y = [0, 0, 0, 0, 0, 1, 1, 1, 1, 1];
        var fit = LogisticRegression.Fit(y, [new NumericCovariate("x", x)], LogisticRegressionOptions.RDefaults);

        Assert.Equal(LogisticFitStatus.Separation, fit.Status);
        Assert.Contains(fit.SeparationFindings, f => f.Contains("numerically 0 or 1", StringComparison.Ordinal));
        Assert.Throws<InvalidOperationException>(fit.EnsureUsable);
    }

    [Fact]
    public void Fit_IterationLimitReached_IsNotConvergedAndRefused()
    {
        var data = ColonCasemix.Instance;
        var fit = LogisticRegression.Fit(data.Outcome("rec1y"), data.Covariates(factors: true), new LogisticRegressionOptions(1e-14, 2, ConfidenceLevel.Percent95));

        Assert.False(fit.Summary.Converged);
        Assert.Equal(2, fit.Summary.Iterations);
        Assert.Equal(LogisticFitStatus.NotConverged, fit.Status);
        var error = Assert.Throws<InvalidOperationException>(fit.EnsureUsable);
        Assert.Contains("did not converge", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_MissingValues_AreDroppedAndCounted()
    {
        double[] y = [0, 1, double.NaN, 1, 0, 1, 0, 0, 1, 1, 0, 1];
        double[] x = [1, 2, 3, double.NaN, 2, 5, 1, 3, 4, 2, 2, 4];
        string?[] g = ["a", "b", "a", "b", null, "a", "b", "a", "b", "a", "b", "a"];
        var fit = LogisticRegression.Fit(y, [new NumericCovariate("x", x), new FactorCovariate("g", g, "a")], LogisticRegressionOptions.RDefaults);

        Assert.Equal(3, fit.Summary.DroppedIncomplete);
        Assert.Equal(9, fit.Summary.Observations);
        Assert.True(double.IsNaN(fit.Fitted[2]) && double.IsNaN(fit.Fitted[3]) && double.IsNaN(fit.Fitted[4]));
        Assert.Equal(["(Intercept)", "x", "g[b]"], fit.Coefficients.Select(c => c.Term));
    }

    [Fact]
    public void Fit_BadInput_FailsWithAMessageNamingTheProblem()
    {
        double[] y = [0, 1, 2, 1, 0, 1];
        double[] x = [1, 2, 3, 4, 5, 6];
        var bad = Assert.Throws<ArgumentException>(() => LogisticRegression.Fit(y, [new NumericCovariate("x", x)], LogisticRegressionOptions.RDefaults));
        Assert.Contains("row 2", bad.Message, StringComparison.Ordinal);

        double[] ok = [0, 1, 0, 1, 1, 0, 0, 1];
        double[] a = [1, 2, 3, 4, 5, 6, 7, 8];
        double[] twice = [2, 4, 6, 8, 10, 12, 14, 16];
        var collinear = Assert.Throws<ArgumentException>(() => LogisticRegression.Fit(
            ok, [new NumericCovariate("a", a), new NumericCovariate("b", twice)], LogisticRegressionOptions.RDefaults));
        Assert.Contains("'b'", collinear.Message, StringComparison.Ordinal);

        string?[] level = ["u", "v", "u", "v", "u", "v", "u", "v"];
        var emptyLevel = Assert.Throws<ArgumentException>(() => LogisticRegression.Fit(
            ok, [new FactorCovariate("g", level, "u", ["u", "v", "w"])], LogisticRegressionOptions.RDefaults));
        Assert.Contains("'w'", emptyLevel.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentException>(() => new FactorCovariate("g", ["u", "z"], "u", ["u", "v"]));
        Assert.Throws<ArgumentException>(() => LogisticRegression.Fit(ok, [new NumericCovariate("a", [1, 2])], LogisticRegressionOptions.RDefaults));
    }

    [Fact]
    public void Predict_UnseenFactorLevel_Throws()
    {
        var data = ColonCasemix.Instance;
        var fit = ColonCasemix.Fit("rec1y");
        var covariates = data.Covariates(factors: true);
        var index = covariates.FindIndex(c => c.Name == "extent");
        covariates[index] = new FactorCovariate("extent", [.. Enumerable.Repeat<string?>("9", data.Count)], "9");
        var error = Assert.Throws<ArgumentException>(() => fit.Predict(covariates));
        Assert.Contains("'9'", error.Message, StringComparison.Ordinal);
    }
}
