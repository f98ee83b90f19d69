namespace Registry.Etl.Pipeline.Stages.Ingest;

/// <summary>The outcome of one export file: its row accounting, or why it failed as a whole.</summary>
/// <param name="Name">Name relative to the source folder, '/'-separated.</param>
/// <param name="ContractId">The contract version that read it (<c>dcra.v2009</c>), or null when none applied.</param>
/// <param name="IssueCounts">Rejects and warnings by reason code.</param>
public sealed record SourceIngestFile(
    string Name,
    string? ContractId,
    DateOnly? ExportDate,
    long RowsRead,
    long RowsAccepted,
    long RowsQuarantined,
    bool FromCache,
    IReadOnlyDictionary<string, long> IssueCounts,
    string? Error);
