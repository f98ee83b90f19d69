using System.Globalization;
using Registry.Etl.Synthetic.Export;
using Registry.Etl.Synthetic.Lbz;
using Registry.Etl.Synthetic.Output;
using Registry.Etl.Synthetic.Randomness;
using Registry.Etl.Synthetic.World;

namespace Registry.Etl.Synthetic.Generation;

/// <summary>
/// One monthly LBZ file: the cohort's and other cancer patients' admissions discharged that month, the
/// unrelated population's, and corrected re-deliveries of last month's; sorted by discharge date and id.
/// </summary>
internal static class LbzJob
{
    public static string Path(SyntheticWorld world, int month) =>
        "lbz/lbz_" + DateOnly.FromDayNumber(world.Window.MonthStart(month)).ToString("yyyy-MM", CultureInfo.InvariantCulture) + ".csv";

    public static IReadOnlyList<GeneratedFile> Write(SyntheticWorld world, int month, IExportSink sink)
    {
        var corrected = Corrected(world);
        var list = new List<LbzAdmission>(world.CohortAdmissions[month].Count + world.CancerAdmissions[month].Count + world.BackgroundEpisodes[month] * 2);
        list.AddRange(world.CohortAdmissions[month]);
        foreach (var r in world.CancerAdmissions[month])
        {
            list.Add(world.OtherCancers.Generate(r.Month, r.Patient).Admissions[r.Admission]);
        }

        var background = new BackgroundAdmissions(world);
        background.AddMonth(month, list);
        if (month > 0)
        {
            foreach (var a in world.CohortAdmissions[month - 1])
            {
                AddIfCorrected(list, a, corrected);
            }

            foreach (var r in world.CancerAdmissions[month - 1])
            {
                AddIfCorrected(list, world.OtherCancers.Generate(r.Month, r.Patient).Admissions[r.Admission], corrected);
            }

            background.AddCorrections(month, corrected, list);
        }

        list.Sort(static (a, b) => a.DischargeDay != b.DischargeDay ? a.DischargeDay.CompareTo(b.DischargeDay)
            : a.Id != b.Id ? a.Id.CompareTo(b.Id) : a.Version.CompareTo(b.Version));
        var writer = new LbzRowWriter(world);
        var lastMonth = month + 1 >= world.Window.Months;
        var exportDay = world.Calendar.LbzExportDay(month);
        using var file = new ExportFileWriter(sink, Path(world, month), "lbz", DateOnly.FromDayNumber(exportDay), ExportDialect.Lbz, ExportLayouts.Lbz, world.Options.Truth);
        Span<char> id = stackalloc char[13];
        foreach (var a in list)
        {
            var flawed = a.Version == 1 && !lastMonth && Correctable(a.Kind) && corrected(a.Id);
            file.BeginRow();
            var noise = writer.Write(file.Csv, a, flawed);
            a.Id.TryFormat(id, out _, "D13", CultureInfo.InvariantCulture);
            file.Truth(new string(id), a.Person.Id, a.Version, false, KindName(a.Kind), a.Related, noise);
        }

        return file.Commit();
    }

    private static void AddIfCorrected(List<LbzAdmission> list, LbzAdmission a, Func<long, bool> corrected)
    {
        if (Correctable(a.Kind) && corrected(a.Id))
        {
            a.Version = 2;
            list.Add(a);
        }
    }

    private static bool Correctable(LbzKind kind) => kind is not (LbzKind.BackgroundDeath or LbzKind.BackgroundReadmission);

    /// <summary>DHD corrects a few admissions in the next month's delivery (same LBZIdopname).</summary>
    public static Func<long, bool> Corrected(SyntheticWorld world)
    {
        var seed = world.Seed;
        var rate = world.Calibration.Noise.LbzCorrected;
        return id => Mix.Unit(Mix.Key(seed, StreamId.LbzNoise, id, 77)) < rate;
    }

    public static string KindName(LbzKind kind) => kind switch
    {
        LbzKind.IndexDcra => "index_dcra",
        LbzKind.IndexDhba => "index_dhba",
        LbzKind.Readmission => "readmission",
        LbzKind.Transfer => "transfer",
        LbzKind.Unrelated => "unrelated",
        LbzKind.Cancer => "cancer",
        LbzKind.Death => "death",
        LbzKind.Background => "background",
        LbzKind.BackgroundReadmission => "background_readmission",
        _ => "background_death",
    };
}
