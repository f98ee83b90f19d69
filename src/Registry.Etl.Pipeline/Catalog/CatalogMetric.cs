namespace Registry.Etl.Pipeline.Catalog;

/// <summary>A metric a stage reported.</summary>
public sealed record CatalogMetric(string Stage, string Name, long Value);
