namespace Registry.Etl.Linkage.Training;

/// <summary>
/// The prior match probability lambda over all pairs, given m and u: the EM fixed point
/// lambda = (sum over candidate pairs of P(match | pattern, lambda)) / (number of all pairs), which treats
/// pairs outside the blocking rules as non-matches (they are never scored). Each step is an EM step for
/// lambda alone (Dempster, Laird and Rubin 1977), so it converges monotonically; it starts from the upper
/// bound (every candidate pair a match) and so reaches the largest fixed point, not the trivial lambda = 0.
/// </summary>
internal static class PriorEstimator
{
    /// <param name="counts">Pattern counts of all candidate pairs (union of the blocking rules).</param>
    /// <param name="logBayesFactor">Natural-log Bayes factor per distinct pattern, aligned with <paramref name="counts"/>.</param>
    /// <param name="allPairs">Number of pairs in the population (dedupe n(n-1)/2, link nL*nR).</param>
    public static double Estimate(PatternCounts counts, double[] logBayesFactor, double allPairs)
    {
        if (allPairs <= 0 || counts.Distinct == 0)
        {
            return 1.0 / Math.Max(2, allPairs);
        }

        var lambda = Math.Clamp(counts.Total / allPairs, 1e-15, 0.5);
        for (var iteration = 0; iteration < 100_000; iteration++)
        {
            var logit = Math.Log(lambda) - Math.Log(1 - lambda);
            double expected = 0;
            for (var p = 0; p < counts.Distinct; p++)
            {
                var z = logit + logBayesFactor[p];
                expected += counts.Counts[p] * (z >= 0 ? 1.0 / (1.0 + Math.Exp(-z)) : Math.Exp(z) / (1.0 + Math.Exp(z)));
            }

            var next = Math.Clamp(expected / allPairs, 1e-15, 0.5);
            var done = Math.Abs(next - lambda) <= 1e-10 * lambda;
            lambda = next;
            if (done)
            {
                break;
            }
        }

        return lambda;
    }
}
