using Registry.Etl.Linkage.Results;

namespace Registry.Etl.Linkage.Blocking;

/// <summary>Links made by the deterministic cascade, with the rule that made each.</summary>
internal sealed class DeterministicLinks
{
    public List<int> Left { get; } = [];

    public List<int> Right { get; } = [];

    public List<int> Rule { get; } = [];

    public List<RuleCount> Counts { get; } = [];

    public int Count => Left.Count;

    public void Add(int left, int right, int rule)
    {
        Left.Add(left);
        Right.Add(right);
        Rule.Add(rule);
    }
}
