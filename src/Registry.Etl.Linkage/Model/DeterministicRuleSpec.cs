namespace Registry.Etl.Linkage.Model;

/// <summary>
/// One step of the deterministic cascade: records that agree exactly on every key (none null) are linked
/// with probability 1 before the probabilistic model runs.
/// </summary>
public sealed record DeterministicRuleSpec(string Name, IReadOnlyList<KeySpec> Keys);
