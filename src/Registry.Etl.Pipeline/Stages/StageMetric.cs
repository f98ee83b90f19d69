namespace Registry.Etl.Pipeline.Stages;

/// <summary>A named count a stage reports (indicators computed, hospitals flagged, links found, ...).</summary>
public sealed record StageMetric(string Name, long Value);
