using System.Globalization;
using Registry.Etl.Pipeline.Catalog;

namespace Registry.Etl.Cli.Hosting;

/// <summary>The text of <c>registry-etl runs show</c>.</summary>
internal static class RunDetailsWriter
{
    public static void Write(TextWriter w, CatalogRunDetails d)
    {
        var c = CultureInfo.InvariantCulture;
        var r = d.Run;
        w.WriteLine(string.Create(c, $"Run {r.Key}: {r.RunId ?? "(no id)"}"));
        w.WriteLine(string.Create(c, $"  pipeline {r.Pipeline}, as of {r.AsOf:yyyy-MM-dd}, {r.Trigger} on {r.Node}, attempt {r.Attempt}, slot {Time(r.SlotUtc)}"));
        w.WriteLine(string.Create(c, $"  status {r.Status} (exit {r.ExitCode?.ToString(c) ?? "-"}), started {Time(r.StartedUtc)}, finished {Time(r.FinishedUtc)}"));
        if (r.PublishedPath is not null)
        {
            w.WriteLine($"  published {r.PublishedPath} (manifest sha256 {r.ManifestSha256})");
        }

        if (r.Error is not null)
        {
            w.WriteLine($"  error {r.Error}");
        }

        w.WriteLine("Stages:");
        foreach (var s in d.Stages)
        {
            w.WriteLine(string.Create(c, $"  {s.Ordinal + 1}. {s.Name,-16} {s.Status,-10} {s.DurationMs,8} ms{(s.Error is null ? "" : "  " + s.Error)}"));
        }

        w.WriteLine(string.Create(c, $"Inputs ({d.Inputs.Count}):"));
        foreach (var i in d.Inputs)
        {
            w.WriteLine(string.Create(c, $"  {i.Source}/{i.Path}  {i.Sha256[..12]}  {i.Bytes:N0} B  read {N(i.RowsRead)} accepted {N(i.RowsAccepted)} quarantined {N(i.RowsQuarantined)}{(i.FromCache ? "  (cache)" : "")}{(i.Error is null ? "" : "  FAILED: " + i.Error)}"));
        }

        w.WriteLine(string.Create(c, $"Outputs ({d.Outputs.Count}):"));
        foreach (var o in d.Outputs)
        {
            w.WriteLine(string.Create(c, $"  {o.Path}  {o.Sha256[..12]}  {o.Bytes:N0} B  {N(o.Rows)} rows  ({o.Stage})"));
        }

        w.WriteLine("Specs:");
        foreach (var s in d.Specs)
        {
            w.WriteLine($"  {s.Kind} {s.Id}@{s.Version}{(s.Sha256 is null ? "" : "  " + s.Sha256[..12])}");
        }

        w.WriteLine("Metrics:");
        foreach (var m in d.Metrics)
        {
            w.WriteLine(string.Create(c, $"  {m.Stage}.{m.Name} = {m.Value:N0}"));
        }
    }

    internal static string Time(DateTimeOffset? t) => t is { } v ? v.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : "-";

    private static string N(long? v) => v?.ToString("N0", CultureInfo.InvariantCulture) ?? "-";
}
