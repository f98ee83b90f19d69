namespace Registry.Etl.Pipeline.Catalog;

/// <summary>A spec version a run used.</summary>
public sealed record CatalogSpec(string Kind, string Id, string Version, string? Sha256);
