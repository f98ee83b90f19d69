namespace Registry.Etl.Pipeline.Catalog;

/// <summary>An input file of a run: checksum, size, row accounting, and whether the ingest cache served it.</summary>
public sealed record CatalogInput(
    string Source,
    string Path,
    string Sha256,
    long Bytes,
    long? RowsRead,
    long? RowsAccepted,
    long? RowsQuarantined,
    bool FromCache,
    string? Error);
