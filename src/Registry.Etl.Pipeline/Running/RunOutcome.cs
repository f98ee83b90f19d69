using Registry.Etl.Pipeline.Manifest;

namespace Registry.Etl.Pipeline.Running;

/// <summary>
/// How a run ended, with the numbers for the end-of-run summary. Failures are values here, not
/// exceptions, so the CLI and the scheduler decide what to do with them (exit code, retry).
/// </summary>
public sealed record RunOutcome
{
    public required RunStatus Status { get; init; }

    public int ExitCode => ExitCodes.For(Status);

    /// <summary>The catalog key (<c>registry-etl runs show KEY</c>); 0 if the catalog was never reached.</summary>
    public long CatalogKey { get; init; }

    public string? RunId { get; init; }

    public required string Pipeline { get; init; }

    public required DateOnly AsOf { get; init; }

    /// <summary>The published run folder, when the run published.</summary>
    public string? PublishedDirectory { get; init; }

    /// <summary>The output root's <c>current</c> link.</summary>
    public string? CurrentPointer { get; init; }

    /// <summary>The manifest as published (or as it would have been, for a rejected run).</summary>
    public RunManifest? Manifest { get; init; }

    /// <summary>Inputs the ingest cache served (relative paths as in the manifest).</summary>
    public IReadOnlyList<string> InputsFromCache { get; init; } = [];

    public TimeSpan Elapsed { get; init; }

    /// <summary>Why it failed, for people: a message without identifying values.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>The exception behind a failure (for retry decisions and logs).</summary>
    public Exception? Error { get; init; }

    public bool IsTransientFailure => Status == RunStatus.Failed && TransientErrors.IsTransient(Error);
}
