namespace Registry.Etl.Pipeline.Stages;

/// <summary>An export file found for a run, fingerprinted before any stage starts.</summary>
/// <param name="Source">Source id (<c>dcra</c>, ...).</param>
/// <param name="RelativePath">Path under the source's export folder, '/'-separated: what the manifest shows.</param>
/// <param name="FullPath">Where to read it.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the bytes; the ingest cache key.</param>
/// <param name="Bytes">Size in bytes.</param>
public sealed record InputFile(string Source, string RelativePath, string FullPath, string Sha256, long Bytes);
