namespace Registry.Etl.Pipeline.Catalog;

/// <summary>What is known when a run starts.</summary>
public sealed record CatalogRunStart(
    string Pipeline,
    DateOnly AsOf,
    string Trigger,
    DateTimeOffset? SlotUtc,
    string Node,
    int Attempt,
    DateTimeOffset StartedUtc)
{
    /// <summary>The process running it (host, pid, start tag), so a later run can tell when it died; null: not recorded.</summary>
    public RunProcess? Process { get; init; }
}
