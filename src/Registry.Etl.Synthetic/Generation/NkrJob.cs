using Registry.Etl.Synthetic.Export;
using Registry.Etl.Synthetic.Nkr;
using Registry.Etl.Synthetic.Output;
using Registry.Etl.Synthetic.World;

namespace Registry.Etl.Synthetic.Generation;

/// <summary>
/// All NKR extracts in one pass over the tumours: every tumour is generated once and written to each
/// extract that includes it (registered by the extract date). Within an incidence month: cohort tumours,
/// then the other sites in draw order.
/// </summary>
internal static class NkrJob
{
    public static string Path(int year) => $"nkr/nkr_{AuditJobs.Date(ExportCalendar.NkrExtractDay(year))}.csv";

    public static IEnumerable<int> Years(SyntheticWorld world, ExportWindow window)
    {
        for (var year = world.Calendar.FirstNkrYear; ; year++)
        {
            var day = ExportCalendar.NkrExtractDay(year);
            if (day > window.End)
            {
                yield break;
            }

            if (day >= window.Since)
            {
                yield return year;
            }
        }
    }

    public static IReadOnlyList<GeneratedFile> Write(SyntheticWorld world, ExportWindow window, IExportSink sink)
    {
        var years = Years(world, window).ToArray();
        if (years.Length == 0)
        {
            return [];
        }

        var writer = new NkrExtractWriter(world);
        var files = new ExportFileWriter[years.Length];
        var extractDays = years.Select(ExportCalendar.NkrExtractDay).ToArray();
        var cutoffs = years.Select(ExportCalendar.NkrCutoffDay).ToArray();
        try
        {
            for (var i = 0; i < years.Length; i++)
            {
                files[i] = new ExportFileWriter(sink, Path(years[i]), "nkr", DateOnly.FromDayNumber(extractDays[i]), ExportDialect.Nkr, ExportLayouts.Nkr, world.Options.Truth);
            }

            for (var m = 0; m < world.Window.Months; m++)
            {
                for (var t = world.CohortTumourMonthStart[m]; t < world.CohortTumourMonthStart[m + 1]; t++)
                {
                    Emit(world, writer, files, extractDays, cutoffs, world.CohortTumours[t]);
                }

                var count = world.OtherCancers.Count(m);
                for (var i = 0; i < count; i++)
                {
                    var patient = world.OtherCancers.Generate(m, i);
                    Emit(world, writer, files, extractDays, cutoffs, patient.First);
                    if (patient.Second is { } second)
                    {
                        Emit(world, writer, files, extractDays, cutoffs, second);
                    }
                }
            }

            return files.SelectMany(f => f.Commit()).ToArray();
        }
        finally
        {
            foreach (var f in files)
            {
                f?.Dispose();
            }
        }
    }

    private static void Emit(SyntheticWorld world, NkrExtractWriter writer, ExportFileWriter[] files, int[] extractDays, int[] cutoffs, NkrTumour tumour)
    {
        string? key = null;
        for (var i = 0; i < files.Length; i++)
        {
            if (tumour.RegistrationDay > extractDays[i])
            {
                continue;
            }

            var file = files[i];
            file.BeginRow();
            var noise = writer.Write(file.Csv, tumour, cutoffs[i]);
            key ??= world.Keys.NkrTumour(tumour.Id);
            file.Truth(key, tumour.Person.Id, 1, false, "nkr", tumour.Related, noise);
        }
    }
}
