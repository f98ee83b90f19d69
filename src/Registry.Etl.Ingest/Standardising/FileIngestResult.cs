using Registry.Etl.Core.Data;
using Registry.Etl.Ingest.Contracts;

namespace Registry.Etl.Ingest.Standardising;

/// <summary>
/// What ingest made of one export file: its accepted rows standardised, its quarantine, and the accounting
/// <c>RowsRead == RowsAccepted + RowsQuarantined</c>.
/// </summary>
/// <param name="AcceptedChunks">The accepted rows standardised, in file order, in chunks of bounded size.</param>
/// <param name="File">The file's name as reported (relative to the source folder, '/'-separated).</param>
/// <param name="IssueCounts">Rejects and warnings by reason code, ordinal order.</param>
public sealed record FileIngestResult(
    string File,
    SourceContract Contract,
    DateOnly ExportDate,
    IReadOnlyList<Table> AcceptedChunks,
    Table Quarantine,
    long RowsRead,
    long RowsAccepted,
    long RowsQuarantined,
    IReadOnlyDictionary<string, long> IssueCounts)
{
    /// <summary>The accepted rows as one table (a copy of the chunks: for small files and tests).</summary>
    public Table Accepted => Resolution.TableGather.Concat(Contracts.StandardisedSchema.Build(Contract), AcceptedChunks);
}
