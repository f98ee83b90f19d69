using Registry.Etl.Linkage.Results;
using Registry.Etl.Linkage.Training;

namespace Registry.Etl.Linkage.Blocking;

/// <summary>Every candidate pair of the union of the blocking rules, compared, in deterministic order.</summary>
internal sealed class Candidates(PairBuffer[] buffers, RuleCount[] rules, PatternCounts patterns, double allPairs)
{
    public PairBuffer[] Buffers { get; } = buffers;

    public RuleCount[] Rules { get; } = rules;

    /// <summary>Pattern counts of all candidate pairs (for the prior).</summary>
    public PatternCounts Patterns { get; } = patterns;

    /// <summary>All pairs among the records the probabilistic stage runs on.</summary>
    public double AllPairs { get; } = allPairs;

    public long Count => Buffers.Sum(b => (long)b.Count);
}
