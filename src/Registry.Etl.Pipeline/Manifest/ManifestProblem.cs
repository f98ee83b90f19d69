namespace Registry.Etl.Pipeline.Manifest;

/// <summary>A data problem the run had (see <see cref="Stages.DataProblem"/>).</summary>
public sealed record ManifestProblem(string Source, string? File, string Code, string Message);
