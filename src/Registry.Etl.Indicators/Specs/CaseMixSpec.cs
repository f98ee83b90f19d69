namespace Registry.Etl.Indicators.Specs;

/// <summary>
/// The national logistic case-mix model: fitted on all rows of the definition year (per stratum), then
/// used to predict every row's expected probability; O/E per hospital with the named CI.
/// </summary>
public sealed record CaseMixSpec(IReadOnlyList<CovariateSpec> Covariates, CiMethod OeCiMethod);

/// <summary>A covariate: a factor (text expression with a reference level) or a numeric expression.</summary>
public sealed record CovariateSpec(string Name, SpecText Expression, CovariateKind Kind, string? Reference);

public enum CovariateKind
{
    Factor,
    Numeric,
}
