namespace Registry.Etl.Pipeline.Manifest;

/// <summary><c>timings.json</c>: the non-deterministic half of a run's record (when, where, how long, cache hits).</summary>
public sealed record RunTimings(
    long CatalogKey,
    string Node,
    int Attempt,
    DateTimeOffset StartedUtc,
    DateTimeOffset ManifestWrittenUtc,
    IReadOnlyList<StageTiming> Stages,
    IReadOnlyList<OperationalMetric> OperationalMetrics,
    IReadOnlyList<string> InputsFromCache);
