namespace Registry.Etl.Benchmarks;

/// <summary>
/// `dotnet run --project tests/Registry.Etl.Benchmarks -c Release -- NAME [options]`. Each benchmark runs
/// ours and the reference in one process run and ends with one `BENCH {json}` line.
/// </summary>
internal static class BenchmarkCatalog
{
    private static readonly Dictionary<string, Func<string[], Task<int>>> Benchmarks = new(StringComparer.Ordinal)
    {
        ["e2e"] = EndToEnd.E2eBenchmark.RunAsync,
        ["indicators"] = Indicators.IndicatorsBenchmark.RunAsync,
        ["ingest"] = Ingest.IngestBenchmark.RunAsync,
        ["link"] = Link.LinkBenchmark.RunAsync,
        ["parquet-write"] = Parquet.ParquetWriteBenchmark.RunAsync,
    };

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || !Benchmarks.TryGetValue(args[0], out var run))
        {
            await Console.Error.WriteLineAsync(
                $"usage: Registry.Etl.Benchmarks <{string.Join('|', Benchmarks.Keys.Order(StringComparer.Ordinal))}> [options]").ConfigureAwait(false);
            return 2;
        }

        return await run(args[1..]).ConfigureAwait(false);
    }
}
