using System.Globalization;
using Registry.Etl.Core.Data;
using Registry.Etl.Indicators.Expressions;
using Registry.Etl.Indicators.Specs;
using Registry.Etl.Statistics.Regression;

namespace Registry.Etl.Indicators.Engine;

/// <summary>
/// The national case-mix model of a spec: per stratum, a logistic regression of the numerator on the
/// covariates, fitted (IRLS, as R's glm) on every selected row whose index date lies in the definition
/// year; it then predicts every selected row of that stratum. Rows with a missing covariate, or a factor
/// level the fit did not see, get no prediction (complete cases). A model that did not converge or shows
/// separation is not used: its stratum gets no expected counts, and a note says why.
/// </summary>
internal static class CaseMixModel
{
    /// <summary>Expected probability per selected row (NaN = none) and a note per stratum whose model failed.</summary>
    public static (double[] Expected, Dictionary<string, string> Notes) Predict(Table table, CompiledSpec plan, Selection selection)
    {
        var expected = new double[selection.Count];
        Array.Fill(expected, double.NaN);
        var notes = new Dictionary<string, string>(StringComparer.Ordinal);
        var values = plan.Covariates.Select(c => Bind(c.Covariate, c.Expression, table)).ToArray();
        var byStratum = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var k = 0; k < selection.Count; k++)
        {
            if (!byStratum.TryGetValue(selection.Stratum[k], out var list))
            {
                byStratum[selection.Stratum[k]] = list = [];
            }

            list.Add(k);
        }

        foreach (var (stratum, rows) in byStratum)
        {
            var note = FitAndPredict(plan, selection, values, rows, expected);
            if (note is not null)
            {
                notes[stratum] = note;
            }
        }

        return (expected, notes);
    }

    private static string? FitAndPredict(CompiledSpec plan, Selection selection, Binding[] values, List<int> rows, double[] expected)
    {
        var year = plan.Spec.DefinitionYear;
        var fit = rows.Where(k => selection.Year[k] == year).ToArray();
        if (fit.Length == 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"case-mix: no rows in definition year {year}");
        }

        var outcome = new double[fit.Length];
        for (var j = 0; j < fit.Length; j++)
        {
            outcome[j] = selection.Event[fit[j]] ? 1.0 : 0.0;
        }

        LogisticRegressionResult model;
        try
        {
            model = LogisticRegression.Fit(outcome, Covariates(plan, selection, values, fit, null), LogisticRegressionOptions.RDefaults);
        }
        catch (ArgumentException e)
        {
            return $"case-mix: model not fitted ({e.Message})";
        }

        if (model.Status != LogisticFitStatus.Converged)
        {
            // The first finding names the cause; the rest (diverging terms) follow from it.
            var findings = model.SeparationFindings;
            var why = model.Status != LogisticFitStatus.Separation ? "did not converge"
                : findings.Count == 1 ? findings[0]
                : string.Create(CultureInfo.InvariantCulture, $"{findings[0]}; and {findings.Count - 1} more separation findings");
            return $"case-mix: model not usable ({why})";
        }

        var seen = SeenLevels(plan, selection, values, fit);
        var all = rows.ToArray();
        var p = model.Predict(Covariates(plan, selection, values, all, seen));
        for (var j = 0; j < all.Length; j++)
        {
            expected[all[j]] = p[j];
        }

        return null;
    }

    private static List<Covariate> Covariates(CompiledSpec plan, Selection selection, Binding[] values, int[] rows, List<HashSet<string>?>? seen)
    {
        var list = new List<Covariate>(plan.Covariates.Count);
        for (var c = 0; c < plan.Covariates.Count; c++)
        {
            var spec = plan.Covariates[c].Covariate;
            if (spec.Kind == CovariateKind.Factor)
            {
                var levels = new string?[rows.Length];
                for (var j = 0; j < rows.Length; j++)
                {
                    var level = values[c].Text!(selection.Rows[rows[j]]);
                    levels[j] = level is not null && seen?[c] is { } known && !known.Contains(level) ? null : level;
                }

                list.Add(new FactorCovariate(spec.Name, levels, spec.Reference!));
            }
            else
            {
                var numbers = new double[rows.Length];
                for (var j = 0; j < rows.Length; j++)
                {
                    numbers[j] = values[c].Number!(selection.Rows[rows[j]]) ?? double.NaN;
                }

                list.Add(new NumericCovariate(spec.Name, numbers));
            }
        }

        return list;
    }

    private static List<HashSet<string>?> SeenLevels(CompiledSpec plan, Selection selection, Binding[] values, int[] fit)
    {
        var seen = new List<HashSet<string>?>();
        for (var c = 0; c < plan.Covariates.Count; c++)
        {
            if (plan.Covariates[c].Covariate.Kind != CovariateKind.Factor)
            {
                seen.Add(null);
                continue;
            }

            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var k in fit)
            {
                if (values[c].Text!(selection.Rows[k]) is { } level)
                {
                    set.Add(level);
                }
            }

            seen.Add(set);
        }

        return seen;
    }

    /// <summary>A covariate bound to the table: factors as text (an Integer expression's value as text), numerics as numbers.</summary>
    private readonly record struct Binding(Func<int, string?>? Text, Func<int, double?>? Number);

    private static Binding Bind(CovariateSpec covariate, CompiledExpression expression, Table table)
    {
        if (covariate.Kind == CovariateKind.Numeric)
        {
            return new Binding(null, expression.BindNumber(table));
        }

        if (expression.Type == ExpressionType.Text)
        {
            return new Binding(expression.BindText(table), null);
        }

        var number = expression.BindNumber(table);
        return new Binding(i => number(i) is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : null, null);
    }
}
