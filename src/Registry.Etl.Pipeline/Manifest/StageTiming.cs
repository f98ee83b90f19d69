namespace Registry.Etl.Pipeline.Manifest;

/// <summary>When a stage started and how long it took, in milliseconds.</summary>
public sealed record StageTiming(string Name, DateTimeOffset StartedUtc, long DurationMs);
