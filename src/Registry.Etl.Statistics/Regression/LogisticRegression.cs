using MathNet.Numerics.Distributions;

namespace Registry.Etl.Statistics.Regression;

/// <summary>
/// Logistic regression by iteratively reweighted least squares, reproducing R's
/// <c>glm(y ~ ..., family = binomial)</c> (glm.fit and summary.glm, R 4.2.2).
/// </summary>
/// <remarks>
/// McCullagh P, Nelder JA, Generalized Linear Models, 2nd ed. 1989, §2.5 (IRLS) and §4.4 (binary data); R's
/// glm.fit: start from μ = (y + ½)/2, each step solves the weighted least-squares problem
/// (√W X)β = √W z with z = η + (y − μ)/μ'(η) and W = μ'(η)²/V(μ) (R by QR; here by the normal equations of the
/// centred and scaled columns with Math.NET's Cholesky, see <see cref="WeightedDesign"/>), and stops when
/// |dev − dev_old|/(|dev| + 0.1) &lt; ε. As summary.glm, the covariance is (X'WX)⁻¹ at the working weights of the
/// last step, Wald z = β/SE, p = 2Φ(−|z|). Complete cases only: a row with a missing outcome or covariate is
/// dropped and counted. Separation is checked three ways (see <see cref="LogisticFitStatus.Separation"/>):
/// a factor level or a 0/1 covariate value in which the outcome never varies (quasi-complete separation,
/// Albert A, Anderson JA, Biometrika 1984;71:1-10), fitted probabilities numerically 0 or 1 (glm.fit's
/// warning, 10ε), and standard errors above <see cref="DivergingStandardError"/>.
/// </remarks>
public static partial class LogisticRegression
{
    /// <summary>A standard error (log-odds scale) above this marks a diverging coefficient.</summary>
    public const double DivergingStandardError = 100.0;

    /// <summary>
    /// Fits <c>outcome ~ 1 + covariates</c>. <paramref name="outcome"/> holds 0 or 1 per row, NaN when missing
    /// (map registry codes to 0/1 before; any other value is an error).
    /// </summary>
    /// <example>
    /// <c>LogisticRegression.Fit(death1y, [new NumericCovariate("age", age), new FactorCovariate("extent", extent, "1")], LogisticRegressionOptions.Strict)</c>
    /// </example>
    public static LogisticRegressionResult Fit(ReadOnlySpan<double> outcome, IReadOnlyList<Covariate> covariates, LogisticRegressionOptions options)
    {
        ArgumentNullException.ThrowIfNull(covariates);
        ArgumentNullException.ThrowIfNull(options);
        CheckOptions(options);
        var complete = CompleteCases(outcome, covariates);
        var rows = new List<int>();
        for (var i = 0; i < complete.Length; i++)
        {
            if (complete[i])
            {
                rows.Add(i);
            }
        }

        var used = rows.ToArray();
        var design = DesignMatrix.Define(covariates, complete);
        if (used.Length <= design.Terms.Count)
        {
            Throw.Argument(nameof(outcome), $"{used.Length} complete cases cannot fit {design.Terms.Count} coefficients.");
        }

        var x = design.Build(covariates, used);
        var y = new double[used.Length];
        for (var i = 0; i < used.Length; i++)
        {
            y[i] = outcome[used[i]];
        }

        var irls = Irls(new WeightedDesign(x, used.Length, design.Terms.Count), y, options, design);
        return Assemble(outcome.Length, used, design, x, y, irls, options);
    }

    private static void CheckOptions(LogisticRegressionOptions options)
    {
        if (!(options.Epsilon > 0.0))
        {
            Throw.ArgumentOutOfRange(nameof(options), $"ε must be positive; got {options.Epsilon}.");
        }

        if (options.MaxIterations < 1)
        {
            Throw.ArgumentOutOfRange(nameof(options), $"At least one iteration is needed; got {options.MaxIterations}.");
        }

        options.Level.EnsureValid(nameof(options));
    }

    private static bool[] CompleteCases(ReadOnlySpan<double> outcome, IReadOnlyList<Covariate> covariates)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var covariate in covariates)
        {
            ArgumentNullException.ThrowIfNull(covariate);
            if (covariate.Count != outcome.Length)
            {
                Throw.Argument(nameof(covariates), $"Covariate '{covariate.Name}' has {covariate.Count} rows; the outcome has {outcome.Length}.");
            }

            if (!names.Add(covariate.Name))
            {
                Throw.Argument(nameof(covariates), $"Covariate '{covariate.Name}' appears twice.");
            }
        }

        var complete = new bool[outcome.Length];
        for (var i = 0; i < outcome.Length; i++)
        {
            var y = outcome[i];
            if (double.IsNaN(y))
            {
                continue;
            }

            if (y is not (0.0 or 1.0))
            {
                Throw.Argument(nameof(outcome), $"Outcome row {i} is {y}; a logistic outcome is 0 or 1 (NaN = missing).");
            }

            var ok = true;
            foreach (var covariate in covariates)
            {
                ok &= covariate.HasValue(i);
            }

            complete[i] = ok;
        }

        return complete;
    }

    private static double WaldP(double z) => 2.0 * Normal.CDF(0.0, 1.0, -Math.Abs(z));

}
