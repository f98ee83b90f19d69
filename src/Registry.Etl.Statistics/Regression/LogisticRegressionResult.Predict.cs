namespace Registry.Etl.Statistics.Regression;

/// <summary>Applying a fitted model to other rows (e.g. a national model of the definition year to a hospital's patients).</summary>
public sealed partial class LogisticRegressionResult
{
    /// <summary>
    /// p̂ = logit⁻¹(Xβ) for each row of <paramref name="covariates"/>, matched to the model's covariates by name;
    /// NaN where a covariate is missing. A factor level the model did not see is an error.
    /// </summary>
    /// <example><c>var p = model.Predict([new NumericCovariate("age", ages2025), new FactorCovariate("extent", ext2025, "1")]);</c></example>
    public double[] Predict(IReadOnlyList<Covariate> covariates)
    {
        ArgumentNullException.ThrowIfNull(covariates);
        var byName = new Dictionary<string, Covariate>(StringComparer.Ordinal);
        var count = -1;
        foreach (var c in covariates)
        {
            byName[c.Name] = c;
            count = count < 0 ? c.Count : count;
            if (c.Count != count)
            {
                Throw.Argument(nameof(covariates), "All covariates must have the same number of rows.");
            }
        }

        var result = new double[Math.Max(count, 0)];
        for (var i = 0; i < result.Length; i++)
        {
            var eta = 0.0;
            for (var j = 0; j < Design.Terms.Count && !double.IsNaN(eta); j++)
            {
                eta += Coefficients[j].Estimate * TermValue(Design.Terms[j], byName, i);
            }

            result[i] = double.IsNaN(eta) ? double.NaN : LogitLink.Inverse(eta);
        }

        return result;
    }

    private double TermValue(DesignTerm term, Dictionary<string, Covariate> byName, int row)
    {
        if (term.IsIntercept)
        {
            return 1.0;
        }

        if (!byName.TryGetValue(term.Covariate, out var covariate))
        {
            return Throw.Argument<double>("covariates", $"The model needs covariate '{term.Covariate}'.");
        }

        switch (covariate)
        {
            case NumericCovariate numeric when term.Level is null:
                return numeric.Values[row];
            case FactorCovariate factor when term.Level is not null:
                var value = factor.Values[row];
                if (value is null)
                {
                    return double.NaN;
                }

                var levels = Design.FactorLevels[term.CovariateIndex];
                var known = false;
                foreach (var level in levels)
                {
                    known |= string.Equals(level, value, StringComparison.Ordinal);
                }

                return known
                    ? string.Equals(value, term.Level, StringComparison.Ordinal) ? 1.0 : 0.0
                    : Throw.Argument<double>("covariates", $"Factor '{term.Covariate}' row {row} has level '{value}', which the model did not see.");
            default:
                return Throw.Argument<double>("covariates", $"Covariate '{term.Covariate}' must be {(term.Level is null ? "numeric" : "a factor")} as in the model.");
        }
    }
}
