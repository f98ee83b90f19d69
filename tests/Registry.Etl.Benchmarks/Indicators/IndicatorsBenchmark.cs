using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Registry.Etl.Core.Data;
using Registry.Etl.Indicators.Catalog;
using Registry.Etl.Indicators.Datasets;
using Registry.Etl.Indicators.Engine;
using Registry.Etl.Indicators.Tests.Support;
using Registry.Etl.Synthetic;
using Registry.Etl.Synthetic.Calibration;

namespace Registry.Etl.Benchmarks.Indicators;

/// <summary>
/// `make bench-indicators`: every spec in indicator-specs/ on national-scale synthetic DCRA and DHBA data
/// (10 years, 70 hospitals, ~120,000 resections and ~25,000 liver procedures, generated in memory with
/// the Synthetic API and turned into dataset tables outside the timing). Times compiling and computing
/// the whole set (selection, case-mix fits, O/E, funnels, suppression; specs in parallel on all cores,
/// as the stage does) and the peak resident memory of that phase. Goal (issue 4): under 5 s. Options: --specs DIR, --seed N.
/// </summary>
internal static class IndicatorsBenchmark
{
    public static Task<int> RunAsync(string[] args)
    {
        var specsRoot = Option(args, "--specs") ?? "indicator-specs";
        var seed = ulong.Parse(Option(args, "--seed") ?? "20250101", CultureInfo.InvariantCulture);
        var national = SyntheticCalibration.For(SyntheticScale.National);
        var options = new SyntheticOptions
        {
            Seed = seed,
            Scale = SyntheticScale.National,
            Years = 10,
            Sources = SyntheticSource.Dcra | SyntheticSource.Dhba,
            Truth = false,
            // Only the audits are read: small NKR and LBZ volumes keep generation quick without touching them.
            Calibration = national with { Volumes = national.Volumes with { NkrPerYear = 20_000, LbzPerYear = 50_000, BackgroundPopulation = 50_000 } },
        };
        var setup = Stopwatch.StartNew();
        var sink = new MemorySink();
        new SyntheticGenerator(options).Generate(sink);
        var dcra = AuditExports.Build(DatasetSchemas.Dcra, sink.Files);
        var dhba = AuditExports.Build(DatasetSchemas.Dhba, sink.Files);
        sink = null;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"setup: {dcra.RowCount:N0} DCRA and {dhba.RowCount:N0} DHBA rows in {setup.Elapsed.TotalSeconds:F1} s (not timed)"));
        var specs = SpecCatalog.Load(specsRoot).All.ToArray();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var resetPeak = Parquet.ProcessMemory.TryResetPeak();
        var baseline = Parquet.ProcessMemory.ResidentBytes;
        var timer = Stopwatch.StartNew();
        long results = 0, funnelPoints = 0;
        var plans = specs.Select(spec => spec.Dataset == DatasetSchemas.Dcra ? dcra : dhba)
            .Zip(specs, (table, spec) => (table, SpecCompiler.Compile(spec, table.Schema))).ToArray();
        foreach (var output in IndicatorSet.Compute(plans, "bench", Environment.ProcessorCount))
        {
            results += output.Results.Count;
            funnelPoints += output.Funnel.Count;
        }

        timer.Stop();
        var peak = Parquet.ProcessMemory.PeakResidentBytes;
        long rows = dcra.RowCount + dhba.RowCount;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{specs.Length} specs on {Environment.ProcessorCount} cores, {results:N0} result rows, {funnelPoints:N0} funnel points in {timer.Elapsed.TotalMilliseconds:F0} ms; peak RSS {peak / 1048576.0:F0} MB (baseline {baseline / 1048576.0:F0} MB{(resetPeak ? ", peak reset before the timed phase" : ", process peak: reset not allowed")})"));
        var bench = new
        {
            name = "indicators",
            rows,
            ours_ms = Math.Round(timer.Elapsed.TotalMilliseconds, 1),
            rows_per_s = Math.Round(rows / timer.Elapsed.TotalSeconds),
            peak_mb = Math.Round(peak / 1048576.0, 1),
        };
        Console.WriteLine("BENCH " + JsonSerializer.Serialize(bench));
        GC.KeepAlive(dcra);
        GC.KeepAlive(dhba);
        return Task.FromResult(0);
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
