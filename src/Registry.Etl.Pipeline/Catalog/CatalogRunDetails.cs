namespace Registry.Etl.Pipeline.Catalog;

/// <summary>A run with everything recorded about it (<c>registry-etl runs show</c>).</summary>
public sealed record CatalogRunDetails(
    CatalogRun Run,
    IReadOnlyList<CatalogStage> Stages,
    IReadOnlyList<CatalogInput> Inputs,
    IReadOnlyList<CatalogOutput> Outputs,
    IReadOnlyList<CatalogSpec> Specs,
    IReadOnlyList<CatalogMetric> Metrics);
