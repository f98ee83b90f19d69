namespace Registry.Etl.Statistics.Regression;

/// <summary>A fitted logistic regression (see <see cref="LogisticRegression.Fit"/>): R's glm/summary.glm figures plus diagnostics.</summary>
public sealed partial class LogisticRegressionResult
{
    private readonly double[] _linearPredictor;
    private readonly double[] _fitted;
    private readonly double[,] _covariance;

    internal LogisticRegressionResult(
        DesignMatrix design,
        IReadOnlyList<LogisticCoefficient> coefficients,
        double[,] covariance,
        LogisticFitSummary summary,
        double[] linearPredictor,
        double[] fitted,
        IReadOnlyList<string> separationFindings)
    {
        Design = design;
        Coefficients = coefficients;
        _covariance = covariance;
        Summary = summary;
        _linearPredictor = linearPredictor;
        _fitted = fitted;
        SeparationFindings = separationFindings;
    }

    /// <summary>The terms in model order: the intercept, then per covariate its column(s).</summary>
    public IReadOnlyList<LogisticCoefficient> Coefficients { get; }

    /// <summary>Deviance, log-likelihood, AIC, c-statistic, counts, iterations and convergence.</summary>
    public LogisticFitSummary Summary { get; }

    /// <summary>Findings that point to (quasi-)complete separation; empty when none.</summary>
    public IReadOnlyList<string> SeparationFindings { get; }

    /// <summary>Converged, not converged, or separation (separation takes precedence).</summary>
    public LogisticFitStatus Status =>
        SeparationFindings.Count > 0 ? LogisticFitStatus.Separation
        : Summary.Converged ? LogisticFitStatus.Converged
        : LogisticFitStatus.NotConverged;

    /// <summary>The linear predictor Xβ per input row (R's <c>predict(type = "link")</c>); NaN for dropped rows.</summary>
    public ReadOnlySpan<double> LinearPredictor => _linearPredictor;

    /// <summary>The fitted probability p̂ per input row (R's <c>fitted()</c>); NaN for dropped rows.</summary>
    public ReadOnlySpan<double> Fitted => _fitted;

    internal DesignMatrix Design { get; }

    /// <summary>The estimated covariance of the coefficients, (X'WX)⁻¹ (a copy).</summary>
    public double[,] Covariance() => (double[,])_covariance.Clone();

    /// <summary>The coefficient of <paramref name="term"/> (e.g. "age", "extent[3]", "(Intercept)").</summary>
    public LogisticCoefficient Coefficient(string term)
    {
        foreach (var c in Coefficients)
        {
            if (string.Equals(c.Term, term, StringComparison.Ordinal))
            {
                return c;
            }
        }

        return Throw.Argument<LogisticCoefficient>(nameof(term), $"The model has no term '{term}'.");
    }

    /// <summary>
    /// Throws unless <see cref="Status"/> is <see cref="LogisticFitStatus.Converged"/>, with the reason: call it
    /// before using the model for expected counts.
    /// </summary>
    public void EnsureUsable()
    {
        if (Status == LogisticFitStatus.Separation)
        {
            Throw.InvalidOperation($"The logistic model shows (quasi-)complete separation, so its estimates are not usable: {string.Join("; ", SeparationFindings)}.");
        }

        if (Status == LogisticFitStatus.NotConverged)
        {
            Throw.InvalidOperation($"The logistic model did not converge in {Summary.Iterations} iterations (last relative deviance change above ε).");
        }
    }
}
