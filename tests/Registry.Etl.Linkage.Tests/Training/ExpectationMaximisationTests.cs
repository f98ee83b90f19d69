using FsCheck;
using FsCheck.Fluent;
using Registry.Etl.Linkage.Training;

namespace Registry.Etl.Linkage.Tests.Training;

public sealed class ExpectationMaximisationTests
{
    // Three comparisons with 4, 3 and 5 levels (index 0 = null).
    private static readonly int[] LevelCounts = [4, 3, 5];
    private static readonly int[] Multipliers = [1, 4, 12];

    [Fact]
    public void Run_AnyCountsAndStart_NeverDecreasesLikelihood()
    {
        var input = Gen.Choose(0, 1000).ArrayOf(60).Zip(Gen.Choose(1, 1000).ArrayOf(12));
        Prop.ForAll(input.ToArbitrary(), t =>
        {
            var (raw, u) = t;
            var patterns = new List<int>();
            var counts = new List<double>();
            for (var p = 0; p < 60; p++)
            {
                if (raw[p] > 0)
                {
                    patterns.Add(p);
                    counts.Add(raw[p]);
                }
            }

            if (patterns.Count == 0)
            {
                return true;
            }

            var uLevels = Normalise(u, LevelCounts);
            var m = Normalise([.. u.Reverse()], LevelCounts);
            var result = ExpectationMaximisation.Run(
                new PatternCounts([.. patterns], [.. counts]), LevelCounts, Multipliers, [true, true, true], uLevels, m, 50, 1e-12);
            var trace = result.LogLikelihood;
            for (var i = 1; i < trace.Count; i++)
            {
                if (trace[i] < trace[i - 1] - (1e-9 * Math.Abs(trace[i - 1])))
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Run_DataFromKnownMixture_RecoversM()
    {
        // Exact expected counts of a two-comparison mixture: lambda 0.2, m = (0.9, 0.1) and (0.8, 0.2), u = (0.1, 0.9) and (0.3, 0.7).
        double[] m1 = [1, 0.9, 0.1], m2 = [1, 0.8, 0.2], u1 = [1, 0.1, 0.9], u2 = [1, 0.3, 0.7];
        var patterns = new List<int>();
        var counts = new List<double>();
        for (var a = 1; a <= 2; a++)
        {
            for (var b = 1; b <= 2; b++)
            {
                patterns.Add(a + (3 * b));
                counts.Add(1e6 * ((0.2 * m1[a] * m2[b]) + (0.8 * u1[a] * u2[b])));
            }
        }

        var result = ExpectationMaximisation.Run(
            new PatternCounts([.. patterns], [.. counts]), [3, 3], [1, 3], [true, true], [u1, u2], [[1, 0.6, 0.4], [1, 0.6, 0.4]], 2000, 1e-12);

        Assert.Equal(0.2, result.Lambda, 4);
        Assert.Equal(0.9, result.M[0][1], 4);
        Assert.Equal(0.8, result.M[1][1], 4);
    }

    [Fact]
    public void Estimate_PriorFixedPoint_SatisfiesItsEquation()
    {
        var counts = new PatternCounts([0, 1, 2], [100, 1000, 100000]);
        double[] logBf = [Math.Log(1e6), Math.Log(10), Math.Log(0.01)];
        var lambda = PriorEstimator.Estimate(counts, logBf, 1e7);
        var expected = 0.0;
        for (var p = 0; p < 3; p++)
        {
            var odds = lambda / (1 - lambda) * Math.Exp(logBf[p]);
            expected += counts.Counts[p] * odds / (1 + odds);
        }

        Assert.Equal(expected / 1e7, lambda, 12);
        Assert.InRange(lambda * 1e7, 80, 110); // about the 100 strong pairs, each not quite certain at this prior
    }

    private static double[][] Normalise(int[] raw, int[] levelCounts)
    {
        var result = new double[levelCounts.Length][];
        var k = 0;
        for (var c = 0; c < levelCounts.Length; c++)
        {
            result[c] = new double[levelCounts[c]];
            result[c][0] = 1;
            double sum = 0;
            for (var l = 1; l < levelCounts[c]; l++)
            {
                result[c][l] = raw[k++ % raw.Length];
                sum += result[c][l];
            }

            for (var l = 1; l < levelCounts[c]; l++)
            {
                result[c][l] /= sum;
            }
        }

        return result;
    }
}
