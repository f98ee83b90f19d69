namespace Registry.Etl.Statistics.Survival;

/// <summary>A survival-time quantile with its confidence interval (R's <c>quantile(fit, probs, conf.int = TRUE)</c>).</summary>
/// <param name="Probability">p: the quantile is the time by which a fraction p has had the event (0.5 = median).</param>
/// <param name="Estimate">The time, NaN when the curve never reaches 1 − p.</param>
/// <param name="Interval">From the lower and the upper confidence curves (NaN = not reached).</param>
public sealed record KaplanMeierQuantile(double Probability, double Estimate, Interval Interval);
