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
    string? Error)
{
    /// <summary>Host the run's process ran on (null for runs recorded before catalog schema 2).</summary>
    public string? Host { get; init; }

    public int? ProcessId { get; init; }

    /// <summary>Tells a reused pid apart from the run's process (<see cref="RunProcess.StartTag"/>).</summary>
    public string? ProcessStartTag { get; init; }
}
