namespace Registry.Etl.Ingest.Standardising;

/// <summary>What one worker thread of a file's ingest owns: a pending row, a standardiser over it, the row's issues and warning counts.</summary>
internal sealed class RecordWorker(RowSink sink, RowStandardiser standardiser)
{
    public RowSink Sink { get; } = sink;

    public RowStandardiser Standardiser { get; } = standardiser;

    public List<RowIssue> Issues { get; } = [];

    public Dictionary<string, long> Counts { get; } = new(StringComparer.Ordinal);
}

/// <summary>Why a record fails its whole file (found on a worker, thrown in file order by the reading thread).</summary>
internal enum RecordFailure
{
    None,
    UnbalancedQuote,
    InvalidEncoding,
}

/// <summary>A standardised record: the row to keep, or the issues that quarantine it, or a failure of the file.</summary>
internal readonly record struct RecordOutcome(int Line, PendingRow? Row, RowIssue[]? Issues, RecordFailure Failure, int Field);
