using Registry.Etl.Core;
using Registry.Etl.Core.Data;
using Registry.Etl.Indicators.Datasets;
using Registry.Etl.Indicators.Expressions;
using Registry.Etl.Indicators.Specs;

namespace Registry.Etl.Indicators.Engine;

/// <summary>
/// Compiles a spec's expressions against a dataset schema and checks their types: population, exclusions
/// and numerator Boolean; index date Date; value and numeric covariates Integer or Number; stratum and
/// factor covariates Text or Integer. A problem throws a configuration error at the expression's position.
/// </summary>
public static class SpecCompiler
{
    /// <summary>Compiles against the declared schema of the spec's dataset (no data needed).</summary>
    public static CompiledSpec Compile(IndicatorSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return DatasetSchemas.TryGet(spec.Dataset, out var schema)
            ? Compile(spec, schema)
            : Throw.Configuration<CompiledSpec>($"dataset '{spec.Dataset}' is not one of {string.Join(", ", DatasetSchemas.Names)}.", spec.Location);
    }

    public static CompiledSpec Compile(IndicatorSpec spec, TableSchema schema)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(schema);
        if (!schema.TryIndexOf("hospital", out var h) || schema[h].Kind != ColumnKind.String)
        {
            Throw.Configuration($"The {spec.Dataset} data has no text column 'hospital'.", spec.Location);
        }

        var environment = new ExpressionEnvironment(schema, spec.CodeLists, spec.Parameters);
        CompiledExpression C(SpecText text, string what, params ExpressionType[] types)
        {
            var compiled = ExpressionCompiler.Compile(text.Text, environment, text.Origin);
            if (Array.IndexOf(types, compiled.Type) < 0)
            {
                Throw.Configuration($"{what} must be {string.Join(" or ", types)}; '{text.Text.Trim()}' is {compiled.Type}.", text.Origin);
            }

            return compiled;
        }

        return new CompiledSpec(
            spec,
            C(spec.IndexDate, "index_date", ExpressionType.Date),
            C(spec.Population, "population", ExpressionType.Boolean),
            [.. spec.Exclusions.Select(e => (e, C(e.When, $"exclusion '{e.Name}'", ExpressionType.Boolean)))],
            spec.Numerator is { } n ? C(n, "numerator", ExpressionType.Boolean) : null,
            spec.Value is { } v ? C(v, "value", ExpressionType.Integer, ExpressionType.Number) : null,
            spec.Stratification.By is { } by ? C(by.Expression, $"stratum '{by.Name}'", ExpressionType.Text, ExpressionType.Integer) : null,
            [.. (spec.CaseMix?.Covariates ?? []).Select(c => (c, c.Kind == CovariateKind.Factor
                ? C(c.Expression, $"factor '{c.Name}'", ExpressionType.Text, ExpressionType.Integer)
                : C(c.Expression, $"covariate '{c.Name}'", ExpressionType.Integer, ExpressionType.Number)))]);
    }
}
