namespace Registry.Etl.Pipeline.Stages.Ingest;

/// <summary>The counts of a source's ingest as stage metrics: <c>&lt;source&gt;_&lt;what&gt;</c>, in a fixed order.</summary>
public static class IngestMetrics
{
    public static IEnumerable<StageMetric> Of(SourceIngestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var s = result.Source;
        yield return new StageMetric($"{s}_files_failed", result.Files.Count(f => f.Error is not null));
        yield return new StageMetric($"{s}_rows_read", result.Files.Sum(f => f.RowsRead));
        yield return new StageMetric($"{s}_rows_accepted", result.Files.Sum(f => f.RowsAccepted));
        yield return new StageMetric($"{s}_rows_quarantined", result.Files.Sum(f => f.RowsQuarantined));
        yield return new StageMetric($"{s}_superseded_by_later_export", result.Resolution.SupersededByLaterExport);
        yield return new StageMetric($"{s}_superseded_within_file", result.Resolution.SupersededWithinFile);
        yield return new StageMetric($"{s}_rows_resolved", result.Resolution.RowsOut);
        var issues = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var f in result.Files)
        {
            foreach (var (code, n) in f.IssueCounts)
            {
                issues[code] = issues.GetValueOrDefault(code) + n;
            }
        }

        foreach (var (code, n) in issues)
        {
            yield return new StageMetric($"{s}_issue_{code}", n);
        }
    }
}
