namespace Registry.Etl.Pipeline.Stages;

/// <summary>
/// The row accounting of one export file: <c>RowsRead == RowsAccepted + RowsQuarantined</c> for a file
/// that was read, and an <see cref="Error"/> (naming line and what was expected) for one that failed.
/// </summary>
public sealed record InputFileResult(
    InputFile File,
    long RowsRead,
    long RowsAccepted,
    long RowsQuarantined,
    bool FromCache,
    string? Error = null)
{
    public bool Failed => Error is not null;
}
