namespace Registry.Etl.Statistics.Survival;

/// <summary>One distinct observed time (event or censoring) of a Kaplan-Meier curve (a row of R's <c>survfit</c>).</summary>
/// <param name="Time">t.</param>
/// <param name="AtRisk">n = #{T ≥ t}.</param>
/// <param name="Events">d: events at t.</param>
/// <param name="Censored">Censorings at t.</param>
/// <param name="Survival">S(t) = Π_{t_j ≤ t}(1 − d_j/n_j).</param>
/// <param name="StandardErrorCumulativeHazard">Greenwood SE of −log S: √(Σ d/(n(n − d))); +∞ once S = 0.</param>
/// <param name="StandardErrorSurvival">S·(SE of −log S), the SE on the survival scale (summary.survfit's std.err).</param>
public sealed record KaplanMeierStep(
    double Time,
    int AtRisk,
    int Events,
    int Censored,
    double Survival,
    double StandardErrorCumulativeHazard,
    double StandardErrorSurvival);
