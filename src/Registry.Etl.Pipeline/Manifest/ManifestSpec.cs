namespace Registry.Etl.Pipeline.Manifest;

/// <summary>A versioned definition used: indicator spec, source contract or linkage model.</summary>
public sealed record ManifestSpec(string Kind, string Id, string Version, string? Sha256);
