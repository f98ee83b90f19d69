using Registry.Etl.Linkage.Comparisons;

namespace Registry.Etl.Linkage.Blocking;

/// <summary>
/// Compares each candidate pair of one rule unless an earlier rule (or, in dedupe mode, a deterministic
/// rule) already produced it, so every pair of the union is scored exactly once.
/// </summary>
internal struct CandidateSink(ComparisonSet set, CompiledRule[] exclude, PairBuffer buffer, bool termFrequency) : IPairSink
{
    public readonly void Accept(int left, int right)
    {
        foreach (var rule in exclude)
        {
            if (rule.Agrees(left, right))
            {
                return;
            }
        }

        var pattern = set.Pattern(left, right);
        buffer.Add(left, right, pattern, termFrequency ? set.TfResidual(left, right, pattern) : 0f);
    }
}
