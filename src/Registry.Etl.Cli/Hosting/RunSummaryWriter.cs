using System.Globalization;
using Registry.Etl.Pipeline.Running;
using Registry.Etl.Pipeline.Stages;

namespace Registry.Etl.Cli.Hosting;

/// <summary>
/// The end-of-run summary a person can act on: where the outputs are, rows in and out, quarantined rows
/// per source, indicators computed and hospitals flagged (from the stages' metrics), problems, and where
/// to look next. Every number comes from the run's manifest (so from stage results), none is recomputed.
/// </summary>
internal static class RunSummaryWriter
{
    public static void Write(TextWriter w, RunOutcome outcome)
    {
        var c = CultureInfo.InvariantCulture;
        w.WriteLine();
        w.WriteLine(string.Create(c, $"Run {outcome.RunId ?? "(no id)"} of {outcome.Pipeline} as of {outcome.AsOf:yyyy-MM-dd}: {outcome.Status.ToName()} (exit {outcome.ExitCode}) in {outcome.Elapsed.TotalSeconds:0.0} s"));
        if (outcome.PublishedDirectory is not null)
        {
            w.WriteLine($"  Outputs      {outcome.CurrentPointer} -> {outcome.PublishedDirectory}");
        }
        else
        {
            w.WriteLine("  Outputs      nothing published; the previous outputs are untouched");
        }

        if (outcome.ErrorMessage is not null)
        {
            w.WriteLine($"  Error        {outcome.ErrorMessage}");
        }

        if (outcome.Manifest is { } m)
        {
            var read = m.Inputs.Sum(i => i.RowsRead ?? 0);
            var accepted = m.Inputs.Sum(i => i.RowsAccepted ?? 0);
            var quarantined = m.Inputs.Sum(i => i.RowsQuarantined ?? 0);
            w.WriteLine(string.Create(c, $"  Rows in      {read:N0} read, {accepted:N0} accepted, {quarantined:N0} quarantined, from {m.Inputs.Count} files ({outcome.InputsFromCache.Count} reused from the ingest cache)"));
            foreach (var source in m.Inputs.GroupBy(i => i.Source))
            {
                var r = source.Sum(i => i.RowsRead ?? 0);
                var q = source.Sum(i => i.RowsQuarantined ?? 0);
                var share = r == 0 ? 0 : 100.0 * q / r;
                w.WriteLine(string.Create(c, $"    {source.Key,-10} {q:N0} of {r:N0} rows quarantined ({share:0.##} %), {source.Count(i => i.Error is not null)} failed files"));
            }

            foreach (var stage in m.Outputs.GroupBy(o => o.Stage))
            {
                var rows = stage.Any(o => o.Rows is not null) ? string.Create(c, $"{stage.Sum(o => o.Rows ?? 0):N0} rows in ") : "";
                w.WriteLine(string.Create(c, $"  Rows out     {stage.Key}: {rows}{stage.Count()} files"));
            }

            var metrics = m.Stages.SelectMany(s => s.Metrics).GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.Sum(kv => kv.Value), StringComparer.Ordinal);
            w.WriteLine(string.Create(c, $"  Indicators   {Metric(metrics, StageMetricNames.IndicatorsComputed)} computed, {Metric(metrics, StageMetricNames.HospitalsFlagged)} hospitals flagged"));
            foreach (var (name, value) in metrics.Where(kv => kv.Key is not StageMetricNames.IndicatorsComputed and not StageMetricNames.HospitalsFlagged).OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                w.WriteLine(string.Create(c, $"  {name,-12} {value:N0}"));
            }

            w.WriteLine(m.Problems.Count == 0 ? "  Problems     none" : $"  Problems     {m.Problems.Count}:");
            foreach (var p in m.Problems)
            {
                w.WriteLine($"    {p.Source} {p.File} {p.Code}: {p.Message}");
            }
        }

        if (outcome.CatalogKey > 0)
        {
            w.WriteLine(string.Create(c, $"  Details      registry-etl runs show {outcome.CatalogKey}"));
        }
    }

    private static string Metric(Dictionary<string, long> metrics, string name) =>
        metrics.TryGetValue(name, out var v) ? v.ToString("N0", CultureInfo.InvariantCulture) : "no";
}
