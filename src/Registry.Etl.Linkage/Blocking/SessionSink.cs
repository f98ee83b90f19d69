using Registry.Etl.Linkage.Comparisons;
using Registry.Etl.Linkage.Training;

namespace Registry.Etl.Linkage.Blocking;

/// <summary>Counts the patterns of a training session's pairs, keeping a deterministic hash-based subsample when asked.</summary>
internal struct SessionSink(ComparisonSet set, PatternCounter counter, ulong keepBelow, ulong seed) : IPairSink
{
    public long Used;

    public void Accept(int left, int right)
    {
        if (keepBelow != ulong.MaxValue && SplitMix64.Hash(left, right, seed) > keepBelow)
        {
            return;
        }

        Used++;
        counter.Add(set.Pattern(left, right));
    }
}
