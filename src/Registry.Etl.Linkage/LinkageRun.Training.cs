using Registry.Etl.Core;
using Registry.Etl.Linkage.Blocking;
using Registry.Etl.Linkage.Results;
using Registry.Etl.Linkage.Training;

namespace Registry.Etl.Linkage;

internal sealed partial class LinkageRun
{
    private const int MaxRounds = 6;

    /// <summary>Floor of a trained m, so a level never seen among matches still has a finite weight.</summary>
    private const double MinimumM = 1e-6;

    /// <summary>
    /// Training: u from random pairs; m by EM per session, averaged over the sessions that train each
    /// comparison; lambda from all candidate pairs (<see cref="PriorEstimator"/>). With
    /// correct_u_for_matches, u is then corrected for the true matches among the random pairs,
    /// u = (u_random - lambda m) / (1 - lambda), and EM and lambda are redone until u settles.
    /// </summary>
    private LinkageParameters Train(Candidates candidates)
    {
        var (uRandom, sampled) = EstimateU();
        var sessions = CountSessions();
        for (var c = 0; c < _set.Count; c++)
        {
            if (sessions.All(s => s.Fixed[c]))
            {
                Throw.Configuration(
                    $"Comparison '{_set.Comparisons[c].Spec.Name}' is held fixed in every EM session (each blocks on a column it reads); add a training.em_sessions rule that does not.");
            }
        }

        var u = uRandom;
        double[][] m = [];
        double lambda = 0;
        TrainingSession[] records = [];
        var round = 0;
        while (round < MaxRounds)
        {
            round++;
            (m, records) = RunSessions(sessions, u);
            lambda = _model.Training.Prior ?? EstimatePrior(candidates, m, u);
            Log($"round {round}: lambda {lambda:G6}");
            if (!_model.Training.CorrectUForMatches)
            {
                break;
            }

            var corrected = CorrectU(uRandom, m, lambda, sampled);
            var change = MaxLogChange(u, corrected);
            u = corrected;
            if (change < 1e-3)
            {
                break;
            }
        }

        return Pack(m, u, lambda, sampled, records, round);
    }

    private (double[][] M, TrainingSession[] Records) RunSessions(SessionData[] sessions, double[][] u)
    {
        var levelCounts = _set.Comparisons.Select(c => c.LevelCount).ToArray();
        var sum = levelCounts.Select(n => new double[n]).ToArray();
        var times = new int[_set.Count];
        var records = new List<TrainingSession>();
        foreach (var s in sessions)
        {
            var trained = s.Fixed.Select(f => !f).ToArray();
            var result = ExpectationMaximisation.Run(
                s.Counts, levelCounts, _set.Multiplier, trained, u, InitialM(levelCounts), _model.Training.EmMaxIterations, _model.Training.EmTolerance);
            for (var c = 0; c < _set.Count; c++)
            {
                if (trained[c])
                {
                    times[c]++;
                    for (var l = 1; l < levelCounts[c]; l++)
                    {
                        sum[c][l] += result.M[c][l];
                    }
                }
            }

            var fixedNames = _set.Comparisons.Where((_, c) => s.Fixed[c]).Select(c => c.Spec.Name).ToArray();
            records.Add(new TrainingSession(s.Rule, fixedNames, s.Pairs, s.PairsUsed, s.Counts.Distinct, result.Lambda, result.Iterations, result.Converged, result.LogLikelihood));
        }

        for (var c = 0; c < _set.Count; c++)
        {
            sum[c][0] = 1;
            for (var l = 1; l < levelCounts[c]; l++)
            {
                sum[c][l] = Math.Max(sum[c][l] / times[c], MinimumM);
            }
        }

        return (sum, [.. records]);
    }

    /// <summary>Starting m: halving from the first declared level to the else level.</summary>
    private static double[][] InitialM(int[] levelCounts) =>
    [
        .. levelCounts.Select(n =>
        {
            var m = new double[n];
            m[0] = 1;
            var total = 0.0;
            for (var l = 1; l < n; l++)
            {
                m[l] = Math.Pow(0.5, l - 1);
                total += m[l];
            }

            for (var l = 1; l < n; l++)
            {
                m[l] /= total;
            }

            return m;
        }),
    ];

    private double EstimatePrior(Candidates candidates, double[][] m, double[][] u)
    {
        var logBf = new double[candidates.Patterns.Distinct];
        for (var p = 0; p < logBf.Length; p++)
        {
            for (var c = 0; c < _set.Count; c++)
            {
                var level = _set.LevelOf(candidates.Patterns.Patterns[p], c);
                if (level != 0)
                {
                    logBf[p] += Math.Log(m[c][level] / u[c][level]);
                }
            }
        }

        return PriorEstimator.Estimate(candidates.Patterns, logBf, candidates.AllPairs);
    }

    private static double[][] CorrectU(double[][] uRandom, double[][] m, double lambda, long sampled)
    {
        var floor = 1.0 / (2.0 * Math.Max(1, sampled));
        var result = new double[uRandom.Length][];
        for (var c = 0; c < uRandom.Length; c++)
        {
            var row = new double[uRandom[c].Length];
            var total = 0.0;
            for (var l = 1; l < row.Length; l++)
            {
                row[l] = Math.Max((uRandom[c][l] - (lambda * m[c][l])) / (1 - lambda), Math.Min(floor, uRandom[c][l]));
                total += row[l];
            }

            row[0] = 1;
            for (var l = 1; l < row.Length; l++)
            {
                row[l] /= total;
            }

            result[c] = row;
        }

        return result;
    }

    private static double MaxLogChange(double[][] a, double[][] b)
    {
        var max = 0.0;
        for (var c = 0; c < a.Length; c++)
        {
            for (var l = 1; l < a[c].Length; l++)
            {
                max = Math.Max(max, Math.Abs(Math.Log(a[c][l] / b[c][l])));
            }
        }

        return max;
    }

    private LinkageParameters Pack(double[][] m, double[][] u, double lambda, long sampled, TrainingSession[] sessions, int rounds)
    {
        var comparisons = new List<ComparisonParameters>();
        for (var c = 0; c < _set.Count; c++)
        {
            var spec = _set.Comparisons[c].Spec;
            var levels = new List<LevelParameters>();
            for (var l = 0; l < spec.LevelCount; l++)
            {
                levels.Add(new LevelParameters(spec.LevelLabel(l), m[c][l], u[c][l]));
            }

            comparisons.Add(new ComparisonParameters(spec.Name, levels));
        }

        return new LinkageParameters(_model.Name, _model.ParameterHash(), lambda, comparisons)
        {
            USampledPairs = sampled,
            Sessions = sessions,
            Rounds = rounds,
        };
    }
}
