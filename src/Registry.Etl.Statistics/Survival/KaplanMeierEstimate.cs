namespace Registry.Etl.Statistics.Survival;

/// <summary>The curve read at a time t (R's <c>summary(fit, times = t)</c>).</summary>
/// <param name="Time">t.</param>
/// <param name="AtRisk">#{T ≥ t}.</param>
/// <param name="EventsCumulative">Events at times ≤ t.</param>
/// <param name="Survival">S at the last jump ≤ t (1 before the first).</param>
/// <param name="StandardErrorSurvival">SE of S there.</param>
/// <param name="StandardErrorCumulativeHazard">SE of −log S there.</param>
/// <param name="Interval">The named confidence interval there (NaN bounds where the method is undefined).</param>
public sealed record KaplanMeierEstimate(
    double Time,
    int AtRisk,
    int EventsCumulative,
    double Survival,
    double StandardErrorSurvival,
    double StandardErrorCumulativeHazard,
    Interval Interval);
