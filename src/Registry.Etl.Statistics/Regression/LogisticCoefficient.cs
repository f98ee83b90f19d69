namespace Registry.Etl.Statistics.Regression;

/// <summary>One model term with its Wald inference (R's <c>summary.glm</c> coefficient table plus odds ratios).</summary>
/// <param name="Term">"(Intercept)", the covariate name, or "name[level]" for a factor dummy.</param>
/// <param name="Covariate">The covariate name; "(Intercept)" for the intercept.</param>
/// <param name="Level">The factor level this dummy codes; null for the intercept and numeric covariates.</param>
/// <param name="Estimate">β (log odds ratio).</param>
/// <param name="StandardError">√ of the diagonal of the inverse information (X'WX)⁻¹.</param>
/// <param name="Z">Wald z = β/SE.</param>
/// <param name="P">Two-sided p = 2Φ(−|z|).</param>
/// <param name="OddsRatio">exp(β).</param>
/// <param name="OddsRatioInterval">exp(β ∓ z_{1−α/2}·SE), the Wald interval.</param>
public sealed record LogisticCoefficient(
    string Term,
    string Covariate,
    string? Level,
    double Estimate,
    double StandardError,
    double Z,
    double P,
    double OddsRatio,
    Interval OddsRatioInterval);
