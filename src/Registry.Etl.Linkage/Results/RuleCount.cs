namespace Registry.Etl.Linkage.Results;

/// <summary>Pairs one blocking rule yields on its own, and the pairs it adds that no earlier rule found.</summary>
public sealed record RuleCount(string Rule, long Pairs, long NewPairs);
