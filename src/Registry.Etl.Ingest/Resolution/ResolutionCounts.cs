namespace Registry.Etl.Ingest.Resolution;

/// <summary>How resolution by "latest export wins per source key" changed a source's rows.</summary>
/// <param name="RowsIn">Accepted rows of all files.</param>
/// <param name="RowsOut">Rows of the resolved table: one per source key.</param>
/// <param name="SupersededByLaterExport">Rows replaced by a row of the same key in a later export.</param>
/// <param name="SupersededWithinFile">Rows replaced by a later row of the same key in the same file.</param>
public sealed record ResolutionCounts(long RowsIn, long RowsOut, long SupersededByLaterExport, long SupersededWithinFile);
