namespace Registry.Etl.Pipeline.Catalog;

/// <summary>One row of the <c>runs</c> table.</summary>
public sealed record CatalogRun(
    long Key,
    string? RunId,
    string Pipeline,
    DateOnly AsOf,
    string Trigger,
    DateTimeOffset? SlotUtc,
    string Node,
    int Attempt,
    string Status,
    int? ExitCode,
    DateTimeOffset StartedUtc,
    DateTimeOffset? FinishedUtc,
    string? PublishedPath,
    string? ManifestSha256,
    string? Error);
