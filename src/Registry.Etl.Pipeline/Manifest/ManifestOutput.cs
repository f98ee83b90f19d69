namespace Registry.Etl.Pipeline.Manifest;

/// <summary>A published file, relative to the run folder ('/'-separated): checksum, size, rows, writing stage.</summary>
public sealed record ManifestOutput(string Path, string Sha256, long Bytes, long? Rows, string Stage);
