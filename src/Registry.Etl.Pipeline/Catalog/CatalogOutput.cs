namespace Registry.Etl.Pipeline.Catalog;

/// <summary>An output file of a run, relative to its run folder.</summary>
public sealed record CatalogOutput(string Path, string Sha256, long Bytes, long? Rows, string Stage);
