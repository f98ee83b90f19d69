namespace Registry.Etl.Statistics.Regression;

/// <summary>Convergence control and the odds-ratio CI level of <see cref="LogisticRegression.Fit"/>.</summary>
/// <param name="Epsilon">
/// Convergence when |dev − dev_old|/(|dev| + 0.1) &lt; ε, R's <c>glm.control(epsilon)</c> criterion (R default 1e-8;
/// the oracle 1e-14).
/// </param>
/// <param name="MaxIterations">The IRLS iteration limit (R default 25; the oracle 100).</param>
/// <param name="Level">The level of the Wald confidence intervals of the odds ratios.</param>
public sealed record LogisticRegressionOptions(double Epsilon, int MaxIterations, ConfidenceLevel Level)
{
    /// <summary>R's <c>glm.control()</c> defaults (ε = 1e-8, 25 iterations) with 95% Wald intervals.</summary>
    public static LogisticRegressionOptions RDefaults { get; } = new(1e-8, 25, ConfidenceLevel.Percent95);

    /// <summary>The oracle's setting (ε = 1e-14, 100 iterations, 95%): tight enough to reproduce R to ~1e-10.</summary>
    public static LogisticRegressionOptions Strict { get; } = new(1e-14, 100, ConfidenceLevel.Percent95);
}
