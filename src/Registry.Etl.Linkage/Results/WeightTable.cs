namespace Registry.Etl.Linkage.Results;

/// <summary>
/// log2 Bayes factor per comparison level, including the constant part of any term-frequency adjustment
/// (w * log2 u of the reference level), and the prior weight log2(lambda / (1 - lambda)).
/// </summary>
internal sealed class WeightTable
{
    public WeightTable(LinkageParameters parameters, Comparisons.ComparisonSet set)
    {
        PriorWeight = Math.Log2(parameters.Lambda / (1 - parameters.Lambda));
        Level = new double[set.Count][];
        for (var c = 0; c < set.Count; c++)
        {
            var comparison = set.Comparisons[c];
            var p = parameters.Comparisons[c].Levels;
            Level[c] = new double[comparison.LevelCount];
            for (var l = 1; l < comparison.LevelCount; l++)
            {
                Level[c][l] = Math.Log2(p[l].M / p[l].U);
                if (comparison.HasTermFrequency(l))
                {
                    var reference = comparison.TfReferenceLevel[l];
                    Level[c][l] += comparison.Spec.Levels[l - 1].TermFrequencyWeight * Math.Log2(p[reference].U);
                }
            }
        }
    }

    public double PriorWeight { get; }

    public double[][] Level { get; }

    /// <summary>Prior weight plus every comparison's level weight for a pattern (term-frequency residuals not included).</summary>
    public double PatternWeight(Comparisons.ComparisonSet set, int pattern)
    {
        var w = PriorWeight;
        for (var c = 0; c < Level.Length; c++)
        {
            w += Level[c][set.LevelOf(pattern, c)];
        }

        return w;
    }
}
