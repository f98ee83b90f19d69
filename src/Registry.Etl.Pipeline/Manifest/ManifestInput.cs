namespace Registry.Etl.Pipeline.Manifest;

/// <summary>
/// An export file: checksum, size and row accounting (null counts when no stage read the file, e.g. a
/// pipeline without ingest). <c>read = accepted + quarantined</c> for every file that was read.
/// </summary>
public sealed record ManifestInput(
    string Source,
    string Path,
    string Sha256,
    long Bytes,
    long? RowsRead,
    long? RowsAccepted,
    long? RowsQuarantined,
    string? Error);
