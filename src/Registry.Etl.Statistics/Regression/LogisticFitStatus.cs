namespace Registry.Etl.Statistics.Regression;

/// <summary>Whether a fit can be used for expected counts.</summary>
public enum LogisticFitStatus
{
    /// <summary>Converged, no sign of separation.</summary>
    Converged,

    /// <summary>The deviance criterion was not met within the iteration limit: estimates are not the MLE.</summary>
    NotConverged,

    /// <summary>
    /// (Quasi-)complete separation: the MLE does not exist (some coefficient diverges), whatever the iteration
    /// count says; see <see cref="LogisticRegressionResult.SeparationFindings"/>.
    /// </summary>
    Separation,
}
