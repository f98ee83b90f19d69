using System.Diagnostics;
using System.Globalization;
using Registry.Etl.Benchmarks.Parquet;
using Registry.Etl.Cli.Hosting;
using Registry.Etl.Pipeline.Catalog;
using Registry.Etl.Pipeline.Running;
using Registry.Etl.Pipeline.TestHost;
using Registry.Etl.Scheduling;
using Registry.Etl.Synthetic;
using Serilog;

namespace Registry.Etl.Benchmarks.EndToEnd;

/// <summary>
/// `e2e [--pipeline FILE] [--data DIR] [--work DIR] [--scale national|small] [--seed N] [--new-day yyyy-MM-dd]`:
/// generates (once) the synthetic export set and one later day of exports, writes a copy of the pipeline
/// file pointing at a fresh working folder, runs it with the CLI's real stages (cold: empty state), adds
/// the new day's files and runs it again (incremental). Ends with the issue's BENCH line; see README.md.
/// </summary>
internal static class E2eBenchmark
{
    /// <summary>A mid-January day: the Q4 audit exports of the few hospitals whose export day it is.</summary>
    private static readonly DateOnly DefaultNewDay = new(2025, 1, 15);

    // Synthetic data only: the pseudonyms of a benchmark protect nobody, but the stages insist on a key.
    private const string BenchmarkPseudonymKey = "bench-e2e-synthetic-data-only-not-a-secret";

    public static async Task<int> RunAsync(string[] args)
    {
        var pipelinePath = Path.GetFullPath(Arg(args, "--pipeline") ?? "pipelines/nightly.yaml");
        var scale = Enum.Parse<SyntheticScale>(Arg(args, "--scale") ?? "national", ignoreCase: true);
        var seed = ulong.Parse(Arg(args, "--seed") ?? SyntheticOptions.DefaultSeed.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var newDay = DateOnly.ParseExact(Arg(args, "--new-day") ?? DefaultNewDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var scaleName = scale.ToString().ToLowerInvariant();
        var data = new E2eData(Path.GetFullPath(Arg(args, "--data") ?? Path.Combine("out", "bench", "e2e", $"data-{scaleName}")), scale, seed, newDay);
        var work = Path.GetFullPath(Arg(args, "--work") ?? Path.Combine("out", "bench", "e2e", "work"));

        var generated = data.Ensure(Console.Out);

        // only the stages this build registers can run: a prefix of the declared ones (each reads the earlier ones)
        var declared = PipelineCopy.DeclaredStages(pipelinePath);
        var registered = CliStages.Create().Names.ToHashSet(StringComparer.Ordinal);
        var runnable = declared.TakeWhile(registered.Contains).ToArray();
        var missing = declared.Skip(runnable.Length).ToArray();
        Console.WriteLine($"e2e: stages declared: {string.Join(", ", declared)}; registered in this build: {(registered.Count == 0 ? "none" : string.Join(", ", registered.Order(StringComparer.Ordinal)))}");
        if (runnable.Length == 0)
        {
            await Console.Error.WriteLineAsync($"e2e: no stage of {Path.GetFileName(pipelinePath)} can run in this build (the first, '{declared.FirstOrDefault()}', is not registered in CliStages): nothing measured.");
            return 3;
        }

        if (missing.Length > 0)
        {
            Console.WriteLine($"e2e: PARTIAL: running {string.Join(", ", runnable)} only; not in this build: {string.Join(", ", missing)}. The numbers below cover the stages run.");
        }

        // a fresh working folder: cold state and cache for the first run; the cached set is only linked
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }

        var exports = Path.Combine(work, "exports");
        var linked = HardLinks.Mirror(data.Exports, exports);
        var pipelineFile = PipelineCopy.Write(pipelinePath, Path.Combine(work, "pipeline.yaml"), exports, Path.Combine(work, "out"), Path.Combine(work, "state"), runnable);
        var pipeline = PipelineLint.Load(pipelineFile);
        var inputBytes = FolderBytes(exports);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"e2e: {linked} export files, {inputBytes / 1048576.0:N1} MB; pipeline copy {pipelineFile}"));

        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("REGISTRY_ETL_PSEUDONYM_KEY")) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("REGISTRY_ETL_PSEUDONYM_KEY_FILE")))
        {
            Environment.SetEnvironmentVariable("REGISTRY_ETL_PSEUDONYM_KEY", BenchmarkPseudonymKey);
        }

        // the peak of the runs, not of the generation that may have preceded them in this process
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var peakReset = ProcessMemory.TryResetPeak();
        if (generated && !peakReset)
        {
            Console.WriteLine("e2e: note: the kernel refused to reset the peak; peak_mb includes the data generation. Run it again for the runs alone.");
        }

        await using var catalog = await RunCatalog.OpenAsync(pipeline.StateDirectory, null, CancellationToken.None);
        var runner = new PipelineRunner(CliStages.Create(), catalog, new LoggerConfiguration().CreateLogger());

        var first = await TimedRunAsync(runner, catalog, pipeline, newDay.AddDays(-1), "full");
        if (first is null)
        {
            return 3;
        }

        var added = HardLinks.Mirror(data.NewDayExports, exports);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"e2e: new day {newDay:yyyy-MM-dd}: {added} export files, {FolderBytes(data.NewDayExports) / 1048576.0:N1} MB added"));
        var second = await TimedRunAsync(runner, catalog, pipeline, newDay, "incremental");
        if (second is null)
        {
            return 3;
        }

        var peakMb = Math.Max(ProcessMemory.PeakResidentBytes, 0) / 1048576.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"BENCH {{\"name\":\"e2e\",\"input_mb\":{inputBytes / 1048576.0:0.0},\"ours_ms\":{first.Value},\"peak_mb\":{peakMb:0},\"incremental_ms\":{second.Value}{(missing.Length > 0 ? $",\"partial\":true,\"stages\":\"{string.Join('+', runnable)}\"" : "")}}}"));
        return 0;
    }

    /// <summary>One run, timed; prints its outcome and stage durations. Null when it did not publish.</summary>
    private static async Task<long?> TimedRunAsync(PipelineRunner runner, IRunCatalog catalog, Pipeline.Definition.PipelineDefinition pipeline, DateOnly asOf, string label)
    {
        var clock = Stopwatch.StartNew();
        var outcome = await runner.RunAsync(new RunRequest { Pipeline = pipeline, AsOf = asOf }, CancellationToken.None);
        clock.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"e2e: {label} run as of {asOf:yyyy-MM-dd}: {outcome.Status.ToName()} in {clock.ElapsedMilliseconds} ms, {outcome.Manifest?.Inputs.Count ?? 0} inputs ({outcome.InputsFromCache.Count} from the ingest cache), {outcome.Manifest?.Outputs.Count ?? 0} outputs, run {outcome.RunId}"));
        var details = await catalog.GetRunAsync(outcome.CatalogKey, CancellationToken.None);
        foreach (var stage in details?.Stages ?? [])
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"e2e:   stage {stage.Name,-12} {stage.Status,-10} {stage.DurationMs,9} ms"));
        }

        if (outcome.Status is not (RunStatus.Succeeded or RunStatus.DataProblems))
        {
            await Console.Error.WriteLineAsync($"e2e: the {label} run ended {outcome.Status.ToName()}: {outcome.ErrorMessage}; nothing measured.");
            return null;
        }

        return clock.ElapsedMilliseconds;
    }

    private static long FolderBytes(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0;

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
