namespace Registry.Etl.Pipeline.Stages;

/// <summary>A file a stage wrote: path relative to the data folder ('/'-separated) and rows in it (null if not tabular).</summary>
public sealed record StageOutput(string RelativePath, long? Rows);
