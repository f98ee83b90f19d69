namespace Registry.Etl.Pipeline.Manifest;

/// <summary>A stage that ran, with its metrics in ordinal name order.</summary>
public sealed record ManifestStage(string Name, IReadOnlyDictionary<string, long> Metrics);
