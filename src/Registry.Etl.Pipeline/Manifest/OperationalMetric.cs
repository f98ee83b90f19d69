namespace Registry.Etl.Pipeline.Manifest;

/// <summary>A metric about how the run went (cache hits, ...), kept out of the manifest: see <see cref="Stages.StageMetric.Operational"/>.</summary>
public sealed record OperationalMetric(string Stage, string Name, long Value);
