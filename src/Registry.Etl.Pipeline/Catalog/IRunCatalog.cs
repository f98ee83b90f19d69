namespace Registry.Etl.Pipeline.Catalog;

/// <summary>
/// The run catalog: every run (manual or scheduled), its stages with timings, inputs, outputs, spec
/// versions, status and error. SQLite in the state folder by default, PostgreSQL when a connection
/// string is given (<see cref="RunCatalog.Open"/>); the schema is created or migrated on open.
/// </summary>
public interface IRunCatalog : IAsyncDisposable
{
    /// <summary>Where the catalog lives, without secrets (for messages).</summary>
    string Description { get; }

    /// <summary>Inserts a run in status <c>running</c>; returns its catalog key (the id <c>runs show</c> takes).</summary>
    Task<long> StartRunAsync(CatalogRunStart start, CancellationToken cancellationToken);

    /// <summary>Sets the deterministic run id once the inputs are fingerprinted.</summary>
    Task SetRunIdAsync(long runKey, string runId, CancellationToken cancellationToken);

    Task RecordStageAsync(long runKey, CatalogStage stage, CancellationToken cancellationToken);

    /// <summary>Records the end of a run with its inputs, outputs, specs and metrics, in one transaction.</summary>
    Task FinishRunAsync(long runKey, CatalogRunFinish finish, CancellationToken cancellationToken);

    /// <summary>Latest runs first.</summary>
    Task<IReadOnlyList<CatalogRun>> ListRunsAsync(string? pipeline, int limit, CancellationToken cancellationToken);

    Task<CatalogRunDetails?> GetRunAsync(long runKey, CancellationToken cancellationToken);

    /// <summary>Runs still in status <c>running</c> (of one pipeline, or all), latest first.</summary>
    Task<IReadOnlyList<CatalogRun>> ListRunningAsync(string? pipeline, CancellationToken cancellationToken);

    /// <summary>Sets a run that is still <c>running</c> to <c>abandoned</c> with a reason; false when it was no longer running.</summary>
    Task<bool> AbandonRunAsync(long runKey, string reason, CancellationToken cancellationToken);

    /// <summary>True when a run for this scheduled slot already published (status succeeded or data_problems).</summary>
    Task<bool> SlotCompletedAsync(string pipeline, DateTimeOffset slotUtc, CancellationToken cancellationToken);
}
