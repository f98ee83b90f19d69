using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Registry.Etl.Linkage;
using Registry.Etl.Linkage.Model;

namespace Registry.Etl.Benchmarks.Link;

/// <summary>
/// `bench-link`: two synthetic person files (default 1,000,000 records each) linked end to end with
/// pipelines/linkage/examples/persons.yaml: encoding, blocking, u sampling, EM, scoring, one-to-one and
/// clustering, timed from the in-memory tables to the result (generation is not timed). F1 is over all
/// true pairs. Options: --left N --right N --seed S --threads T.
/// </summary>
internal static class LinkBenchmark
{
    public static Task<int> RunAsync(string[] args)
    {
        var left = Option(args, "--left", 1_000_000);
        var right = Option(args, "--right", 1_000_000);
        var seed = Option(args, "--seed", 20240601);
        var threads = Option(args, "--threads", Environment.ProcessorCount);
        var model = ModelParser.Parse(File.ReadAllText(ModelPath()), "persons.yaml");

        var clock = Stopwatch.StartNew();
        var files = PersonGenerator.Generate(left, right, seed);
        Console.Error.WriteLine($"generated {left} + {right} records in {clock.ElapsedMilliseconds} ms");

        clock.Restart();
        Console.Error.WriteLine($"  cpu so far {Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds:F0} ms");
        var result = Linker.Run(model, files.Left, files.Right, new LinkageOptions
        {
            MaxDegreeOfParallelism = threads,
            Log = m => Console.Error.WriteLine($"  {clock.ElapsedMilliseconds,7} ms wall {Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds,8:F0} ms cpu  {m}"),
        });
        var elapsed = clock.ElapsedMilliseconds;
        foreach (var (phase, ms) in result.Timings)
        {
            Console.Error.WriteLine($"  {phase}: {ms} ms");
        }

        long truePairs = files.Truth.Count(t => t >= 0), predicted = 0, tp = 0;
        var p = result.Pairs;
        for (var i = 0; i < p.Count; i++)
        {
            if (p.Match[i])
            {
                predicted++;
                tp += files.Truth[p.Right[i]] == p.Left[i] ? 1 : 0;
            }
        }

        double precision = predicted == 0 ? 1 : (double)tp / predicted, recall = (double)tp / truePairs;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"precision {precision:F5} recall {recall:F5} (tp {tp}, predicted {predicted}, true {truePairs}); lambda {result.Parameters.Lambda:G4}; estimated precision {result.Diagnostics.EstimatedPrecision:F5} recall {result.Diagnostics.EstimatedRecall:F5}"));
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024);
        var bench = new Dictionary<string, object>
        {
            ["name"] = "link",
            ["left"] = left,
            ["right"] = right,
            ["pairs_scored"] = result.Diagnostics.CandidatePairs,
            ["ours_ms"] = elapsed,
            ["f1"] = Math.Round(f1, 5),
            ["peak_mb"] = peak,
        };
        Console.WriteLine("BENCH " + JsonSerializer.Serialize(bench));
        return Task.FromResult(0);
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string ModelPath()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Registry.Etl.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Registry.Etl.sln not found above the benchmark."), "pipelines", "linkage", "examples", "persons.yaml");
    }
}
