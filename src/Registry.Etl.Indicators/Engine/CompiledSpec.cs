using Registry.Etl.Indicators.Expressions;
using Registry.Etl.Indicators.Specs;

namespace Registry.Etl.Indicators.Engine;

/// <summary>A spec checked against a dataset schema: every expression compiled and typed.</summary>
public sealed record CompiledSpec(
    IndicatorSpec Spec,
    CompiledExpression IndexDate,
    CompiledExpression Population,
    IReadOnlyList<(ExclusionSpec Exclusion, CompiledExpression When)> Exclusions,
    CompiledExpression? Numerator,
    CompiledExpression? Value,
    CompiledExpression? Stratum,
    IReadOnlyList<(CovariateSpec Covariate, CompiledExpression Expression)> Covariates);
