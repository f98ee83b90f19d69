namespace Registry.Etl.Pipeline.Stages;

/// <summary>A named count a stage reports (indicators computed, hospitals flagged, links found, ...).</summary>
/// <param name="Name">Snake_case name; see <see cref="StageMetricNames"/> for the ones the summary words.</param>
/// <param name="Value">The count.</param>
/// <param name="Operational">
/// True for counts about how the run went rather than what the data is (files served from the ingest
/// cache, retries): they go to the catalog and timings.json but not into the byte-identical manifest.
/// </param>
public sealed record StageMetric(string Name, long Value, bool Operational = false);
