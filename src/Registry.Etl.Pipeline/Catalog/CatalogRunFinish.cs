namespace Registry.Etl.Pipeline.Catalog;

/// <summary>Everything recorded when a run ends.</summary>
public sealed record CatalogRunFinish
{
    public required string Status { get; init; }

    public required int ExitCode { get; init; }

    public required DateTimeOffset FinishedUtc { get; init; }

    public string? PublishedPath { get; init; }

    public string? ManifestSha256 { get; init; }

    public string? Error { get; init; }

    public IReadOnlyList<CatalogInput> Inputs { get; init; } = [];

    public IReadOnlyList<CatalogOutput> Outputs { get; init; } = [];

    public IReadOnlyList<CatalogSpec> Specs { get; init; } = [];

    public IReadOnlyList<CatalogMetric> Metrics { get; init; } = [];
}
