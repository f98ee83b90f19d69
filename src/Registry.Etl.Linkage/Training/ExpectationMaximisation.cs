namespace Registry.Etl.Linkage.Training;

/// <summary>
/// EM for the Fellegi-Sunter mixture on aggregated comparison patterns (Winkler 1988, "Using the EM
/// algorithm for weight computation in the Fellegi-Sunter model of record linkage", ASA Proc. SRM;
/// Splink's EM as documented in its "Expectation Maximisation" topic guide): u is held fixed (estimated
/// from random pairs), lambda and m of the trained comparisons are updated. Each iteration costs
/// O(distinct patterns x comparisons), not O(pairs). The null level has Bayes factor 1 and is not
/// estimated; m is a distribution over the non-null levels. With u fixed the M-step is the exact
/// maximiser of the expected complete-data log-likelihood, so the observed log-likelihood never decreases.
/// </summary>
internal static class ExpectationMaximisation
{
    /// <param name="counts">Pattern counts of the session's pairs.</param>
    /// <param name="levelCounts">Levels (incl. null and else) per comparison.</param>
    /// <param name="multipliers">Mixed-radix multipliers of the pattern code.</param>
    /// <param name="trained">Which comparisons this session estimates (the others are left out of the likelihood).</param>
    /// <param name="u">u per comparison and level (index 0, null, ignored).</param>
    /// <param name="mInitial">Starting m per comparison and level.</param>
    public static EmResult Run(
        PatternCounts counts, int[] levelCounts, int[] multipliers, bool[] trained, double[][] u, double[][] mInitial,
        int maxIterations, double tolerance)
    {
        var comparisons = levelCounts.Length;
        var levels = Decode(counts, levelCounts, multipliers);
        var m = Copy(mInitial);
        var logU = Log(u);
        var total = counts.Total;
        var lambda = InitialLambda(counts, levels, trained, m, logU);
        var trace = new List<double>();
        var converged = false;
        var iteration = 0;
        var mNext = new double[comparisons][];
        for (var c = 0; c < comparisons; c++)
        {
            mNext[c] = new double[levelCounts[c]];
        }

        while (iteration < maxIterations && total > 0)
        {
            iteration++;
            var logM = Log(m);
            var logitLambda = Math.Log(lambda) - Math.Log(1 - lambda);
            double matchSum = 0, logLikelihood = 0;
            foreach (var row in mNext)
            {
                Array.Clear(row);
            }

            for (var p = 0; p < counts.Distinct; p++)
            {
                double logRatio = 0, logUSum = 0;
                for (var c = 0; c < comparisons; c++)
                {
                    var level = levels[(p * comparisons) + c];
                    if (!trained[c] || level == 0)
                    {
                        continue;
                    }

                    logRatio += logM[c][level] - logU[c][level];
                    logUSum += logU[c][level];
                }

                var z = logitLambda + logRatio;
                var posterior = z >= 0 ? 1.0 / (1.0 + Math.Exp(-z)) : Math.Exp(z) / (1.0 + Math.Exp(z));
                var n = counts.Counts[p];
                logLikelihood += n * (logUSum + Math.Log(1 - lambda) + Softplus(z));
                var weight = n * posterior;
                matchSum += weight;
                for (var c = 0; c < comparisons; c++)
                {
                    var level = levels[(p * comparisons) + c];
                    if (trained[c] && level != 0)
                    {
                        mNext[c][level] += weight;
                    }
                }
            }

            trace.Add(logLikelihood);
            var change = 0.0;
            var newLambda = Math.Clamp(matchSum / total, 1e-12, 1 - 1e-12);
            change = Math.Max(change, Math.Abs(newLambda - lambda));
            lambda = newLambda;
            for (var c = 0; c < comparisons; c++)
            {
                if (!trained[c])
                {
                    continue;
                }

                var sum = 0.0;
                for (var l = 1; l < levelCounts[c]; l++)
                {
                    sum += mNext[c][l];
                }

                if (sum <= 0)
                {
                    continue; // every pair null on this comparison: keep m as it is
                }

                for (var l = 1; l < levelCounts[c]; l++)
                {
                    var value = mNext[c][l] / sum;
                    change = Math.Max(change, Math.Abs(value - m[c][l]));
                    m[c][l] = value;
                }
            }

            if (change < tolerance)
            {
                converged = true;
                break;
            }
        }

        return new EmResult(lambda, m, iteration, converged, trace);
    }

    /// <summary>The observed-data log-likelihood of the counts under given parameters (for tests and diagnostics).</summary>
    public static double LogLikelihood(PatternCounts counts, int[] levelCounts, int[] multipliers, bool[] trained, double[][] u, double[][] m, double lambda)
    {
        var comparisons = levelCounts.Length;
        var levels = Decode(counts, levelCounts, multipliers);
        var logU = Log(u);
        var logM = Log(m);
        double total = 0;
        for (var p = 0; p < counts.Distinct; p++)
        {
            double a = Math.Log(lambda), b = Math.Log(1 - lambda);
            for (var c = 0; c < comparisons; c++)
            {
                var level = levels[(p * comparisons) + c];
                if (trained[c] && level != 0)
                {
                    a += logM[c][level];
                    b += logU[c][level];
                }
            }

            var max = Math.Max(a, b);
            total += counts.Counts[p] * (max + Math.Log(Math.Exp(a - max) + Math.Exp(b - max)));
        }

        return total;
    }

    /// <summary>Starting lambda: the share of pairs whose trained comparisons favour a match under the starting m.</summary>
    private static double InitialLambda(PatternCounts counts, byte[] levels, bool[] trained, double[][] m, double[][] logU)
    {
        var comparisons = trained.Length;
        double favour = 0;
        for (var p = 0; p < counts.Distinct; p++)
        {
            double logRatio = 0;
            for (var c = 0; c < comparisons; c++)
            {
                var level = levels[(p * comparisons) + c];
                if (trained[c] && level != 0)
                {
                    logRatio += Math.Log(m[c][level]) - logU[c][level];
                }
            }

            if (logRatio > 0)
            {
                favour += counts.Counts[p];
            }
        }

        return Math.Clamp(favour / Math.Max(1, counts.Total), 1e-4, 0.9);
    }

    internal static byte[] Decode(PatternCounts counts, int[] levelCounts, int[] multipliers)
    {
        var comparisons = levelCounts.Length;
        var levels = new byte[counts.Distinct * comparisons];
        for (var p = 0; p < counts.Distinct; p++)
        {
            for (var c = 0; c < comparisons; c++)
            {
                levels[(p * comparisons) + c] = (byte)(counts.Patterns[p] / multipliers[c] % levelCounts[c]);
            }
        }

        return levels;
    }

    private static double Softplus(double z) => z > 0 ? z + double.LogP1(Math.Exp(-z)) : double.LogP1(Math.Exp(z));

    private static double[][] Copy(double[][] a) => [.. a.Select(r => (double[])r.Clone())];

    private static double[][] Log(double[][] a) => [.. a.Select(r => r.Select(x => Math.Log(x)).ToArray())];
}
