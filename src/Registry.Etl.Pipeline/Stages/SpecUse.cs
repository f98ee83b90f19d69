namespace Registry.Etl.Pipeline.Stages;

/// <summary>A versioned definition a run used: an indicator spec, a source contract or a linkage model.</summary>
/// <param name="Kind"><c>indicator</c>, <c>contract</c> or <c>linkage-model</c>.</param>
public sealed record SpecUse(string Kind, string Id, string Version, string? Sha256);
