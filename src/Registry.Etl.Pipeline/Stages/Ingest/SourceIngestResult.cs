using Registry.Etl.Core.Data;
using Registry.Etl.Ingest.Contracts;
using Registry.Etl.Ingest.Resolution;

namespace Registry.Etl.Pipeline.Stages.Ingest;

/// <summary>A source after ingest: the resolved standardised table, the quarantine, and the accounting per file.</summary>
public sealed record SourceIngestResult(
    string Source,
    Table Table,
    Table Quarantine,
    IReadOnlyList<SourceIngestFile> Files,
    ResolutionCounts Resolution,
    IReadOnlyList<SourceContract> ContractsUsed);
