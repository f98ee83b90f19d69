namespace Registry.Etl.Pipeline.Caching;

/// <summary>The row accounting kept with a cache entry, so a cache hit reports the same numbers as a parse.</summary>
public sealed record IngestCounts(long RowsRead, long RowsAccepted, long RowsQuarantined);
