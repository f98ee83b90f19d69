namespace Registry.Etl.Pipeline.Stages;

/// <summary>A file a stage wrote: path relative to the data folder ('/'-separated) and rows in it (null if not tabular).</summary>
public sealed record StageOutput(string RelativePath, long? Rows)
{
    /// <summary>
    /// The file's SHA-256 when the stage knows it without reading it: a file linked from a cache entry that
    /// recorded its hash when it was made (the national LBZ table, 2.5 GB). The manifest then takes it as is.
    /// </summary>
    public string? Sha256 { get; init; }
}
