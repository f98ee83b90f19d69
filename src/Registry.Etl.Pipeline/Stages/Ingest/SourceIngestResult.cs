using Registry.Etl.Core.Data;
using Registry.Etl.Ingest.Contracts;
using Registry.Etl.Ingest.Resolution;

namespace Registry.Etl.Pipeline.Stages.Ingest;

/// <summary>A source after ingest: the accounting per file and of resolution, the quarantine, and the contracts used.</summary>
/// <param name="Table">
/// The resolved standardised table when the run was asked to hold it (<see cref="SourceIngestJob"/>'s
/// <c>RunAsync</c> without outputs); null when it was streamed to a file, which then holds it.
/// </param>
public sealed record SourceIngestResult(
    string Source,
    Table? Table,
    Table Quarantine,
    IReadOnlyList<SourceIngestFile> Files,
    ResolutionCounts Resolution,
    IReadOnlyList<SourceContract> ContractsUsed)
{
    /// <summary>The resolved-source cache key the table was made or reused under (null without a cache): <see cref="IngestedSource.ContentKey"/>.</summary>
    public string? ResolvedKey { get; init; }

    /// <summary>SHA-256 of the resolved table and quarantine files as the resolved-source cache recorded them (null when it did not).</summary>
    public (string Table, string Quarantine)? FileSha256 { get; init; }
}
