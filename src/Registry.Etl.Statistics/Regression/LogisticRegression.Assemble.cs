namespace Registry.Etl.Statistics.Regression;

/// <summary>From the IRLS state to R's coefficient table, fit statistics and per-row predictions.</summary>
public static partial class LogisticRegression
{
    private static LogisticRegressionResult Assemble(
        int rowCount,
        int[] used,
        DesignMatrix design,
        double[] x,
        double[] y,
        IrlsOutcome irls,
        LogisticRegressionOptions options)
    {
        var p = design.Terms.Count;
        var coefficients = new LogisticCoefficient[p];
        var z = options.Level.Z;
        for (var j = 0; j < p; j++)
        {
            var term = design.Terms[j];
            var estimate = irls.Beta[j];
            var se = Math.Sqrt(irls.Covariance[j, j]);
            var wald = estimate / se;
            coefficients[j] = new LogisticCoefficient(
                term.Term,
                term.Covariate,
                term.Level,
                estimate,
                se,
                wald,
                WaldP(wald),
                Math.Exp(estimate),
                new Interval(Math.Exp(estimate - (z * se)), Math.Exp(estimate + (z * se))));
        }

        long events = 0;
        foreach (var v in y)
        {
            events += v == 1.0 ? 1 : 0;
        }

        var meanY = (double)events / y.Length;
        double nullDeviance = 0;
        foreach (var v in y)
        {
            nullDeviance += LogitLink.UnitDeviance(v, meanY);
        }

        var outcomes = new bool[y.Length];
        for (var i = 0; i < y.Length; i++)
        {
            outcomes[i] = y[i] == 1.0;
        }

        var summary = new LogisticFitSummary(
            used.Length,
            events,
            rowCount - used.Length,
            irls.Deviance,
            nullDeviance,
            used.Length - p,
            used.Length - 1,
            -irls.Deviance / 2.0,
            irls.Deviance + (2.0 * p),
            Concordance.MannWhitney(irls.Mu, outcomes),
            irls.Iterations,
            irls.Converged);

        var linear = new double[rowCount];
        var fitted = new double[rowCount];
        Array.Fill(linear, double.NaN);
        Array.Fill(fitted, double.NaN);
        for (var i = 0; i < used.Length; i++)
        {
            linear[used[i]] = irls.Eta[i];
            fitted[used[i]] = irls.Mu[i];
        }

        var findings = Separation.Diagnose(design, x, y, irls.Mu, coefficients);
        return new LogisticRegressionResult(design, coefficients, irls.Covariance, summary, linear, fitted, findings);
    }
}
