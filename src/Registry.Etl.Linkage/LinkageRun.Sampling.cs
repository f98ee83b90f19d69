using Registry.Etl.Linkage.Blocking;
using Registry.Etl.Linkage.Model;
using Registry.Etl.Linkage.Training;

namespace Registry.Etl.Linkage;

internal sealed partial class LinkageRun
{
    private const int SampleChunks = 64;

    /// <summary>
    /// u = P(level | non-match), estimated from random pairs (Splink's estimate_u_using_random_sampling): nearly
    /// all random pairs are non-matches. All pairs are used when there are no more than u_max_pairs; otherwise
    /// u_max_pairs pairs are drawn with replacement in 64 seeded streams, so the sample does not depend on
    /// the number of threads. A level never seen gets half a count.
    /// </summary>
    private (double[][] U, long Sampled) EstimateU()
    {
        var left = ActiveRows(_data.LeftCount, _leftActive);
        var right = Dedupe ? left : ActiveRows(_data.RightCount, _rightActive);
        if (!Dedupe && _options.USampleRight is { } sample)
        {
            right = [.. right.Where(r => sample[r])];
        }

        var total = Dedupe ? left.Length * (left.Length - 1.0) / 2 : (double)left.Length * right.Length;
        var max = _model.Training.UMaxPairs;
        var partial = new PatternCounter[SampleChunks];
        var exhaustive = total <= max;
        Parallel.For(0, SampleChunks, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, chunk =>
        {
            var counter = new PatternCounter(_set.PatternCount);
            if (exhaustive)
            {
                for (var i = chunk; i < left.Length; i += SampleChunks)
                {
                    var from = Dedupe ? i + 1 : 0;
                    for (var j = from; j < right.Length; j++)
                    {
                        counter.Add(_set.Pattern(left[i], right[j]));
                    }
                }
            }
            else
            {
                var rng = new SplitMix64(SplitMix64.Mix(_model.Training.Seed + (ulong)chunk + 1));
                var n = (max / SampleChunks) + (chunk < max % SampleChunks ? 1 : 0);
                for (long s = 0; s < n; s++)
                {
                    if (Dedupe)
                    {
                        var i = rng.NextInt(left.Length);
                        var j = rng.NextInt(left.Length - 1);
                        j += j >= i ? 1 : 0;
                        counter.Add(_set.Pattern(left[Math.Min(i, j)], left[Math.Max(i, j)]));
                    }
                    else
                    {
                        counter.Add(_set.Pattern(left[rng.NextInt(left.Length)], right[rng.NextInt(right.Length)]));
                    }
                }
            }

            partial[chunk] = counter;
        });
        var counts = Merge(partial);
        var sampled = (long)counts.Total;
        Log($"u: {sampled} {(exhaustive ? "(all)" : "random")} pairs, {counts.Distinct} patterns");
        return (LevelDistribution(counts, halfCountFloor: true), sampled);
    }

    /// <summary>Per comparison, the share of each non-null level among the counted pairs.</summary>
    private double[][] LevelDistribution(PatternCounts counts, bool halfCountFloor)
    {
        var result = new double[_set.Count][];
        for (var c = 0; c < _set.Count; c++)
        {
            var levels = new double[_set.Comparisons[c].LevelCount];
            for (var p = 0; p < counts.Distinct; p++)
            {
                levels[_set.LevelOf(counts.Patterns[p], c)] += counts.Counts[p];
            }

            levels[0] = 0;
            if (halfCountFloor)
            {
                for (var l = 1; l < levels.Length; l++)
                {
                    levels[l] = Math.Max(levels[l], 0.5);
                }
            }

            var sum = levels.Sum();
            for (var l = 1; l < levels.Length; l++)
            {
                levels[l] /= sum;
            }

            levels[0] = 1;
            result[c] = levels;
        }

        return result;
    }

    /// <summary>
    /// Pattern counts of each EM session's pairs (one rule each, not unioned), with a hash-based subsample of
    /// em_max_pairs when a rule yields more. A comparison that reads a column of the session's rule is held
    /// fixed in that session: blocking made it agree, so its pairs say nothing about its m (Splink does the same).
    /// </summary>
    private SessionData[] CountSessions()
    {
        var sessions = new List<SessionData>();
        foreach (var spec in _model.EmSessions)
        {
            var index = IndexOfRule(spec);
            var rule = index >= 0 ? _rules[index] : new CompiledRule(spec.Name, spec.Keys, _data);
            var groups = BlockGroups.Build(rule, Dedupe, _leftActive, _rightActive);
            var keepBelow = groups.PairCount > _model.Training.EmMaxPairs
                ? (ulong)((double)_model.Training.EmMaxPairs / groups.PairCount * ulong.MaxValue)
                : ulong.MaxValue;
            var chunks = groups.Chunks(Parallelism * 16);
            var partial = new PatternCounter[chunks.Count];
            var used = new long[chunks.Count];
            Parallel.For(0, chunks.Count, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, i =>
            {
                var counter = new PatternCounter(_set.PatternCount);
                var sink = new SessionSink(_set, counter, keepBelow, _model.Training.Seed);
                groups.Enumerate(chunks[i].From, chunks[i].To, ref sink);
                partial[i] = counter;
                used[i] = sink.Used;
            });
            var isFixed = new bool[_set.Count];
            for (var c = 0; c < _set.Count; c++)
            {
                isFixed[c] = _set.Comparisons[c].ColumnsRead.Any(col => rule.Columns.Any(k => Overlaps(k, col)));
            }

            var data = new SessionData(spec.Name, isFixed, groups.PairCount, used.Sum(), Merge(partial));
            sessions.Add(data);
            Log($"EM session '{spec.Name}': {data.Pairs} pairs, {data.PairsUsed} used, {data.Counts.Distinct} patterns");
        }

        return [.. sessions];
    }

    /// <summary>The blocking rule with the same keys, whose compiled keys a session can reuse (-1: none).</summary>
    private int IndexOfRule(BlockingRuleSpec spec)
    {
        for (var i = 0; i < _model.Blocking.Count; i++)
        {
            if (_model.Blocking[i].Keys.SequenceEqual(spec.Keys))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool Overlaps(ColumnRef a, ColumnRef b) =>
        a.Left == b.Left || a.Right == b.Right || a.Left == b.Right || a.Right == b.Left;

    private PatternCounts Merge(PatternCounter[] partial)
    {
        var total = new PatternCounter(_set.PatternCount);
        foreach (var p in partial)
        {
            p.AddTo(total);
        }

        return total.ToCounts();
    }
}
