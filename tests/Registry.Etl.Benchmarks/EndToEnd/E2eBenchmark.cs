using System.Diagnostics;
using System.Globalization;
using Registry.Etl.Cli.Hosting;
using Registry.Etl.Pipeline.Catalog;
using Registry.Etl.Pipeline.Running;
using Registry.Etl.Scheduling;
using Serilog;

namespace Registry.Etl.Benchmarks.EndToEnd;

/// <summary>
/// `e2e --pipeline FILE [--out DIR] [--new-day DIR]`: the whole pipeline with the CLI's real stages, then
/// (with --new-day) a second, incremental run after copying one new day of exports into the sources.
/// Skeleton: it measures honestly but needs the real stages and a national-scale export set (README.md).
/// </summary>
internal static class E2eBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var pipelinePath = Arg(args, "--pipeline") ?? "pipelines/nightly.yaml";
        var pipeline = PipelineLint.Load(pipelinePath);
        var outDir = Arg(args, "--out") ?? Path.Combine(Path.GetTempPath(), "registry-etl-bench-e2e");
        var newDay = Arg(args, "--new-day");
        var inputBytes = pipeline.Sources.Where(s => Directory.Exists(s.ExportDirectory))
            .SelectMany(s => Directory.EnumerateFiles(s.ExportDirectory, "*", SearchOption.AllDirectories)).Sum(f => new FileInfo(f).Length);

        await using var catalog = await RunCatalog.OpenAsync(pipeline.StateDirectory, null, CancellationToken.None);
        var runner = new PipelineRunner(CliStages.Create(), catalog, new LoggerConfiguration().CreateLogger());
        var asOf = new DateOnly(2025, 3, 1);
        var first = Stopwatch.StartNew();
        var outcome = await runner.RunAsync(new RunRequest { Pipeline = pipeline, AsOf = asOf, OutputDirectory = outDir }, CancellationToken.None);
        first.Stop();
        if (outcome.Status is not (RunStatus.Succeeded or RunStatus.DataProblems))
        {
            await Console.Error.WriteLineAsync($"e2e: the run ended {outcome.Status.ToName()}: {outcome.ErrorMessage}");
            return 3;
        }

        long? incrementalMs = null;
        if (newDay is not null)
        {
            // one new day of exports: the source folder layout under --new-day mirrors the pipeline's sources
            foreach (var source in pipeline.Sources)
            {
                var from = Path.Combine(newDay, source.Id);
                foreach (var file in Directory.Exists(from) ? Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories) : [])
                {
                    var to = Path.Combine(source.ExportDirectory, Path.GetRelativePath(from, file));
                    Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                    File.Copy(file, to, overwrite: true);
                }
            }

            var second = Stopwatch.StartNew();
            await runner.RunAsync(new RunRequest { Pipeline = pipeline, AsOf = asOf.AddDays(1), OutputDirectory = outDir }, CancellationToken.None);
            incrementalMs = second.ElapsedMilliseconds;
        }

        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"BENCH {{\"name\":\"e2e\",\"input_mb\":{inputBytes / (1024.0 * 1024.0):0.0},\"ours_ms\":{first.ElapsedMilliseconds},\"peak_mb\":{peakMb:0},\"incremental_ms\":{(incrementalMs?.ToString(CultureInfo.InvariantCulture) ?? "null")}}}"));
        return 0;
    }

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
