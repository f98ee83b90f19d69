namespace Registry.Etl.Pipeline.Running;

/// <summary>How a run ended (catalog column <c>status</c>, snake_case).</summary>
public enum RunStatus
{
    /// <summary>
    /// Still running. A run whose process died is marked <c>abandoned</c> in the catalog by the next run of
    /// its pipeline or by <c>runs list</c> (<see cref="Catalog.AbandonedRuns"/>); that status never comes from the runner.
    /// </summary>
    Running,

    /// <summary>Published; no data problems. Exit 0.</summary>
    Succeeded,

    /// <summary>Published, with data problems the manifest lists. Exit 1.</summary>
    DataProblems,

    /// <summary>Data problems and the quality policy holds such runs back: nothing published. Exit 1.</summary>
    Rejected,

    /// <summary>The pipeline, a stage option or the environment is misconfigured: nothing published. Exit 2.</summary>
    ConfigError,

    /// <summary>A stage or the runner failed: nothing published. Exit 3.</summary>
    Failed,

    /// <summary>Cancelled (shutdown, Ctrl+C): staging discarded, nothing published. Exit 3.</summary>
    Cancelled,

    /// <summary>A scheduled slot that had already succeeded (fired again after a fail-over): not run.</summary>
    Skipped,
}
