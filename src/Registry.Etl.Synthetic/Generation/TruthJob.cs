using Registry.Etl.Synthetic.Export;
using Registry.Etl.Synthetic.Output;
using Registry.Etl.Synthetic.Truth;
using Registry.Etl.Synthetic.World;

namespace Registry.Etl.Synthetic.Generation;

/// <summary>The world-level truth files (they do not depend on the export window).</summary>
internal static class TruthJob
{
    public static IReadOnlyList<GeneratedFile> Write(SyntheticWorld world, IExportSink sink)
    {
        var files = new List<GeneratedFile>
        {
            Table(sink, "truth/hospitals.csv", w => TruthTables.Hospitals(world, w)),
            Table(sink, "truth/crc_patients.csv", w => TruthTables.Colorectal(world, w)),
            Table(sink, "truth/dcra_cases.csv", w => TruthTables.Dcra(world, w)),
            Table(sink, "truth/dhba_cases.csv", w => TruthTables.Dhba(world, w)),
        };
        using (var json = sink.Create("truth/calibration.json"))
        {
            var counting = new CountingStream(json.Stream);
            CalibrationJson.Write(world, counting);
            json.Commit();
            files.Add(new GeneratedFile("truth/calibration.json", "truth", null, 0, counting.Length));
        }

        return files;
    }

    private static GeneratedFile Table(IExportSink sink, string path, Func<CsvWriter, long> write)
    {
        using var file = sink.Create(path);
        var csv = new CsvWriter(file.Stream, TruthWriter.Dialect);
        var rows = write(csv);
        csv.Flush();
        file.Commit();
        return new GeneratedFile(path, "truth", null, rows, csv.BytesWritten);
    }
}
