namespace Registry.Etl.Statistics.Regression;

/// <summary>The whole-model figures of a logistic fit (the oracle's <c>casemix_fit.csv</c> columns).</summary>
/// <param name="Observations">n: complete cases used.</param>
/// <param name="Events">Σy over the complete cases.</param>
/// <param name="DroppedIncomplete">Rows dropped because the outcome or a covariate was missing.</param>
/// <param name="Deviance">−2 log L (residual deviance).</param>
/// <param name="NullDeviance">The deviance of the intercept-only model (p̂ = ȳ).</param>
/// <param name="DfResidual">n − number of coefficients.</param>
/// <param name="DfNull">n − 1.</param>
/// <param name="LogLikelihood">log L = −deviance/2 (0/1 outcomes).</param>
/// <param name="Aic">−2 log L + 2·(number of coefficients).</param>
/// <param name="CStatistic">The c-statistic (area under the ROC curve) of p̂, ties counted ½.</param>
/// <param name="Iterations">IRLS iterations run (R's <c>iter</c>).</param>
/// <param name="Converged">Whether the deviance criterion was met.</param>
public sealed record LogisticFitSummary(
    int Observations,
    long Events,
    int DroppedIncomplete,
    double Deviance,
    double NullDeviance,
    int DfResidual,
    int DfNull,
    double LogLikelihood,
    double Aic,
    double CStatistic,
    int Iterations,
    bool Converged);
