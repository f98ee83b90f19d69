namespace Registry.Etl.Statistics.Regression;

/// <summary>
/// The model matrix of <c>y ~ 1 + covariates</c> over the complete cases, with R's treatment coding for
/// factors (<c>model.matrix</c> with <c>contr.treatment</c>).
/// </summary>
internal sealed class DesignMatrix
{
    private DesignMatrix(IReadOnlyList<DesignTerm> terms, IReadOnlyList<IReadOnlyList<string>> factorLevels)
    {
        Terms = terms;
        FactorLevels = factorLevels;
    }

    public IReadOnlyList<DesignTerm> Terms { get; }

    /// <summary>Per covariate, the levels of a factor in column order (reference first); empty for numerics.</summary>
    public IReadOnlyList<IReadOnlyList<string>> FactorLevels { get; }

    /// <summary>The terms, from the covariates and the complete-case rows.</summary>
    public static DesignMatrix Define(IReadOnlyList<Covariate> covariates, bool[] complete)
    {
        var terms = new List<DesignTerm> { new(DesignTerm.InterceptName, DesignTerm.InterceptName, null, -1) };
        var allLevels = new List<IReadOnlyList<string>>();
        for (var c = 0; c < covariates.Count; c++)
        {
            switch (covariates[c])
            {
                case NumericCovariate numeric:
                    terms.Add(new DesignTerm(numeric.Name, numeric.Name, null, c));
                    allLevels.Add([]);
                    break;
                case FactorCovariate factor:
                    var levels = Levels(factor, complete);
                    allLevels.Add(levels);
                    foreach (var level in levels)
                    {
                        if (!string.Equals(level, factor.ReferenceLevel, StringComparison.Ordinal))
                        {
                            terms.Add(new DesignTerm($"{factor.Name}[{level}]", factor.Name, level, c));
                        }
                    }

                    break;
                default:
                    Throw.Argument(nameof(covariates), $"Unsupported covariate type {covariates[c].GetType().Name}.");
                    break;
            }
        }

        return new DesignMatrix(terms, allLevels);
    }

    /// <summary>The rows <paramref name="rows"/> (input row indices) as a row-major n × p array.</summary>
    public double[] Build(IReadOnlyList<Covariate> covariates, int[] rows)
    {
        var p = Terms.Count;
        var x = new double[rows.Length * p];
        for (var j = 0; j < p; j++)
        {
            var term = Terms[j];
            for (var i = 0; i < rows.Length; i++)
            {
                x[(i * p) + j] = term.IsIntercept ? 1.0 : covariates[term.CovariateIndex] switch
                {
                    NumericCovariate numeric => numeric.Values[rows[i]],
                    FactorCovariate factor => FactorValue(factor, term, rows[i]),
                    _ => double.NaN,
                };
            }
        }

        return x;
    }

    private static double FactorValue(FactorCovariate factor, DesignTerm term, int row)
    {
        var value = factor.Values[row];
        return string.Equals(value, term.Level, StringComparison.Ordinal) ? 1.0 : 0.0;
    }

    private static List<string> Levels(FactorCovariate factor, bool[] complete)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < complete.Length; i++)
        {
            if (complete[i])
            {
                present.Add(factor.Values[i]!);
            }
        }

        if (factor.DeclaredLevels is { } declared)
        {
            foreach (var level in declared)
            {
                if (!present.Contains(level))
                {
                    Throw.Argument(nameof(factor), $"Factor '{factor.Name}' level '{level}' has no complete-case rows, so its coefficient is not estimable; drop or merge the level.");
                }
            }

            return [.. declared];
        }

        if (!present.Contains(factor.ReferenceLevel))
        {
            Throw.Argument(nameof(factor), $"Factor '{factor.Name}': reference level '{factor.ReferenceLevel}' has no complete-case rows.");
        }

        var levels = present.ToList();
        levels.Sort(StringComparer.Ordinal);
        return levels;
    }
}
