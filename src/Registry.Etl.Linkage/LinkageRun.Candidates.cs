using Registry.Etl.Linkage.Blocking;
using Registry.Etl.Linkage.Results;
using Registry.Etl.Linkage.Training;

namespace Registry.Etl.Linkage;

internal sealed partial class LinkageRun
{
    /// <summary>
    /// Blocking and comparison in one parallel pass: each rule's blocks are split into chunks of similar pair
    /// counts, each chunk compares its pairs into its own buffer (skipping pairs of earlier rules), and the
    /// buffers are kept in rule and chunk order, so the result does not depend on thread timing.
    /// </summary>
    private Candidates FindCandidates()
    {
        var buffers = new List<PairBuffer>();
        var counts = new RuleCount[_rules.Length];
        var tf = _set.AnyTermFrequency();
        for (var k = 0; k < _rules.Length; k++)
        {
            var groups = BlockGroups.Build(_rules[k], Dedupe, _leftActive, _rightActive);
            var chunks = groups.Chunks(Parallelism * 16);
            var results = new PairBuffer[chunks.Count];
            CompiledRule[] exclude = Dedupe ? [.. _rules[..k], .. _deterministic] : _rules[..k];
            var rule = k;
            Parallel.For(0, chunks.Count, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, i =>
            {
                var buffer = new PairBuffer(rule);
                var sink = new CandidateSink(_set, exclude, buffer, tf);
                groups.Enumerate(chunks[i].From, chunks[i].To, ref sink);
                results[i] = buffer;
            });
            buffers.AddRange(results);
            var added = results.Sum(b => (long)b.Count);
            counts[k] = new RuleCount(_rules[k].Name, groups.PairCount, added);
            Log($"blocking rule '{_rules[k].Name}': {groups.PairCount} pairs, {added} new");
        }

        var patterns = CountPatterns(buffers);
        var (nLeft, nRight) = ActiveCounts();
        var all = Dedupe ? nLeft * (nLeft - 1) / 2.0 : (double)nLeft * nRight;
        return new Candidates([.. buffers], counts, patterns, all);
    }

    private PatternCounts CountPatterns(List<PairBuffer> buffers)
    {
        var partial = new PatternCounter[buffers.Count];
        Parallel.For(0, buffers.Count, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, i =>
        {
            var counter = new PatternCounter(_set.PatternCount);
            foreach (var p in buffers[i].Pattern)
            {
                counter.Add(p);
            }

            partial[i] = counter;
        });
        var total = new PatternCounter(_set.PatternCount);
        foreach (var c in partial)
        {
            c.AddTo(total);
        }

        return total.ToCounts();
    }

    private (long Left, long Right) ActiveCounts()
    {
        long left = _leftActive is null ? _data.LeftCount : _leftActive.Count(a => a);
        long right = _rightActive is null ? _data.RightCount : _rightActive.Count(a => a);
        return (left, right);
    }

    /// <summary>Rows that take part in the probabilistic stage.</summary>
    private static int[] ActiveRows(int count, bool[]? active)
    {
        if (active is null)
        {
            return [.. Enumerable.Range(0, count)];
        }

        var rows = new List<int>(count);
        for (var i = 0; i < count; i++)
        {
            if (active[i])
            {
                rows.Add(i);
            }
        }

        return [.. rows];
    }
}
