using System.Globalization;
using Registry.Etl.Synthetic.Dcra;
using Registry.Etl.Synthetic.Dhba;
using Registry.Etl.Synthetic.Export;
using Registry.Etl.Synthetic.Output;
using Registry.Etl.Synthetic.World;

namespace Registry.Etl.Synthetic.Generation;

/// <summary>The quarterly DCRA and DHBA exports of one hospital: one file per quarter (header only when it has nothing new).</summary>
internal static class AuditJobs
{
    public static string DcraPath(Hospital h, int exportDay) => $"dcra/{h.Agb}/dcra_{h.Agb}_{Date(exportDay)}.csv";

    public static string DhbaPath(Hospital h, int exportDay) => $"dhba/{h.Agb}/dhba_{h.Agb}_{Date(exportDay)}.csv";

    public static string Date(int day) => DateOnly.FromDayNumber(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The export quarters of a hospital whose export day falls in the window.</summary>
    public static IEnumerable<(int Quarter, int Day)> Quarters(SyntheticWorld world, Hospital h, ExportWindow window)
    {
        for (var q = 0; ; q++)
        {
            var day = world.Calendar.AuditExportDay(h, q);
            if (day > window.End)
            {
                yield break;
            }

            if (day >= window.Since)
            {
                yield return (q, day);
            }
        }
    }

    public static IReadOnlyList<GeneratedFile> WriteDcra(SyntheticWorld world, Hospital h, ExportWindow window, IExportSink sink)
    {
        var files = new List<GeneratedFile>();
        var writer = new DcraExportWriter(world);
        var emissions = world.DcraEmissions[h.Index];
        var at = 0;
        foreach (var (quarter, day) in Quarters(world, h, window))
        {
            while (at < emissions.Count && emissions[at].Quarter < quarter)
            {
                at++;
            }

            using var file = new ExportFileWriter(sink, DcraPath(h, day), "dcra", DateOnly.FromDayNumber(day), h.Dialect, ExportLayouts.Dcra, world.Options.Truth);
            for (; at < emissions.Count && emissions[at].Quarter == quarter; at++)
            {
                var e = emissions[at];
                var c = world.Colorectal[e.Case];
                file.BeginRow();
                var noise = writer.Write(file.Csv, c, e);
                file.Truth(SyntheticWorld.DcraKey(c), c.Person.Id, e.Version, e.Duplicate, "dcra", DcraRelated(world, c), noise);
            }

            files.AddRange(file.Commit());
        }

        return files;
    }

    public static IReadOnlyList<GeneratedFile> WriteDhba(SyntheticWorld world, Hospital h, ExportWindow window, IExportSink sink)
    {
        var files = new List<GeneratedFile>();
        var writer = new DhbaExportWriter(world);
        var emissions = world.DhbaEmissions[h.Index];
        var at = 0;
        foreach (var (quarter, day) in Quarters(world, h, window))
        {
            while (at < emissions.Count && emissions[at].Quarter < quarter)
            {
                at++;
            }

            using var file = new ExportFileWriter(sink, DhbaPath(h, day), "dhba", DateOnly.FromDayNumber(day), h.Dialect.ForDhba(), ExportLayouts.DhbaFor(day), world.Options.Truth);
            for (; at < emissions.Count && emissions[at].Quarter == quarter; at++)
            {
                var e = emissions[at];
                var d = world.Liver[e.Case];
                file.BeginRow();
                var noise = writer.Write(file.Csv, d, e, day);
                file.Truth(SyntheticWorld.DhbaKey(d), d.Person.Id, e.Version, e.Duplicate, "dhba", DhbaRelated(world, d), noise);
            }

            files.AddRange(file.Commit());
        }

        return files;
    }

    private static string DcraRelated(SyntheticWorld world, DcraCase c) =>
        c.SecondTumourId >= 0
            ? $"nkr:{world.Keys.NkrTumour(c.TumourId)};nkr:{world.Keys.NkrTumour(c.SecondTumourId)}"
            : $"nkr:{world.Keys.NkrTumour(c.TumourId)}";

    private static string DhbaRelated(SyntheticWorld world, DhbaCase d)
    {
        var first = d;
        while (first.Previous is not null)
        {
            first = first.Previous;
        }

        if (d.Colorectal is { } c)
        {
            var nkr = "nkr:" + world.Keys.NkrTumour(c.TumourId);
            return c.Registered ? $"{nkr};dcra:{SyntheticWorld.DcraKey(c)}" : nkr;
        }

        return first.TumourId >= 0 ? "nkr:" + world.Keys.NkrTumour(first.TumourId) : "";
    }
}
