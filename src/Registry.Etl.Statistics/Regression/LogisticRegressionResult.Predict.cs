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
        foreach (var c in covariates)
        {
            byName[c.Name] = c;
        }

        var eta = new double[covariates.Count > 0 ? covariates[0].Count : 0];
        Array.Fill(eta, Coefficients[0].Estimate);
        var done = new HashSet<string>(StringComparer.Ordinal);
        for (var j = 1; j < Design.Terms.Count; j++)
        {
            var term = Design.Terms[j];
            if (!done.Add(term.Covariate))
            {
                continue;
            }

            if (!byName.TryGetValue(term.Covariate, out var covariate))
            {
                Throw.Argument(nameof(covariates), $"The model needs covariate '{term.Covariate}'.");
            }

            if (covariate.Count != eta.Length)
            {
                Throw.Argument(nameof(covariates), "All covariates must have the same number of rows.");
            }

            switch (covariate)
            {
                case NumericCovariate numeric when term.Level is null:
                    var values = numeric.Values;
                    var beta = Coefficients[j].Estimate;
                    for (var i = 0; i < eta.Length; i++)
                    {
                        eta[i] += beta * values[i];
                    }

                    break;
                case FactorCovariate factor when term.Level is not null:
                    AddFactor(factor, term.CovariateIndex, eta);
                    break;
                default:
                    Throw.Argument(nameof(covariates), $"Covariate '{term.Covariate}' must be {(term.Level is null ? "numeric" : "a factor")} as in the model.");
                    break;
            }
        }

        for (var i = 0; i < eta.Length; i++)
        {
            eta[i] = double.IsNaN(eta[i]) ? double.NaN : LogitLink.Inverse(eta[i]);
        }

        return eta;
    }

    /// <summary>Adds each row's level coefficient (0 for the reference level; NaN when missing).</summary>
    private void AddFactor(FactorCovariate factor, int covariateIndex, double[] eta)
    {
        var effect = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var level in Design.FactorLevels[covariateIndex])
        {
            effect[level] = 0.0;
        }

        for (var j = 1; j < Design.Terms.Count; j++)
        {
            if (Design.Terms[j].CovariateIndex == covariateIndex)
            {
                effect[Design.Terms[j].Level!] = Coefficients[j].Estimate;
            }
        }

        var values = factor.Values;
        for (var i = 0; i < eta.Length; i++)
        {
            var value = values[i];
            if (value is null)
            {
                eta[i] = double.NaN;
            }
            else if (effect.TryGetValue(value, out var beta))
            {
                eta[i] += beta;
            }
            else
            {
                Throw.Argument("covariates", $"Factor '{factor.Name}' row {i} has level '{value}', which the model did not see.");
            }
        }
    }
}
