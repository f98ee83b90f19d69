using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Registry.Etl.Parquet.Reading;
using Registry.Etl.Parquet.Writing;

namespace Registry.Etl.Benchmarks.Parquet;

/// <summary>
/// `make bench-parquet`: writes the 1,000,000-row x 15-column table of `parquet-validate.mjs gen` with
/// SNAPPY, ours against DuckDB's COPY in the same run, then has DuckDB, arrow-rs and hyparquet check our
/// file value for value against DuckDB's own table. Ends with one BENCH line.
/// </summary>
internal static class ParquetWriteBenchmark
{
    private const int BatchRows = 65536;

    public static async Task<int> RunAsync(string[] args)
    {
        var rows = IntOption(args, "--rows", 1_000_000);
        var runs = IntOption(args, "--runs", 3);
        var root = RepositoryRoot();
        var interop = Path.Combine(root, "tests", "interop");
        if (!Directory.Exists(Path.Combine(interop, "node_modules")))
        {
            await Console.Error.WriteLineAsync("tests/interop/node_modules is missing: run `make interop-deps` first.").ConfigureAwait(false);
            return 3;
        }

        var outDir = Path.Combine(root, "out", "bench");
        Directory.CreateDirectory(outDir);
        var ours = Path.Combine(outDir, "parquet-write.parquet");
        var theirs = Path.Combine(outDir, "parquet-write-duckdb.parquet");
        var options = new ParquetWriterOptions { KeyValueMetadata = [new("benchmark", "parquet-write")] };

        // Warm up the JIT on a small table, so the memory phase measures the writer, not the runtime.
        WriteStreaming(Stream.Null, 20_000, options);

        var memory = MeasureStreamingPeak(ours, rows, options);
        var rowGroupBytes = LargestRowGroupBytes(ours, out var rowGroups);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"memory: streaming {rows:N0} rows in batches of {BatchRows:N0} from a generator (input never resident): peak RSS growth {memory.PeakBytes / 1048576.0:F1} MiB{(memory.Exact ? "" : " (sampled)")}, allocated {memory.AllocatedBytes / 1048576.0:F0} MiB in total"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"        row groups: {rowGroups}, the largest {rowGroupBytes / 1048576.0:F1} MiB uncompressed (footer total_byte_size); 2 row groups' worth = {2 * rowGroupBytes / 1048576.0:F1} MiB -> {(memory.PeakBytes < 2 * rowGroupBytes ? "under" : "OVER")}"));

        var table = new BenchTable(rows);
        table.Fill(0, rows);
        var times = new List<double>();
        for (var r = 0; r < runs; r++)
        {
            GC.Collect();
            var watch = Stopwatch.StartNew();
            using (var stream = new FileStream(ours, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
            using (var writer = new ParquetFileWriter(stream, BenchTable.Schema, options))
            {
                for (var start = 0; start < rows; start += BatchRows)
                {
                    var n = Math.Min(BatchRows, rows - start);
                    writer.WriteBatch(n, table.Columns(start, n));
                }

                writer.Complete();
            }

            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        var oursMs = Median(times);
        var oursBytes = new FileInfo(ours).Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ours:   {string.Join(", ", times.Select(t => t.ToString("F0", CultureInfo.InvariantCulture)))} ms (median {oursMs:F0}), {oursBytes / 1048576.0:F1} MiB, {Environment.ProcessorCount} cores -> {ours}"));

        var reference = await NodeScript.RunJsonAsync(interop, "bench-duckdb.mjs", theirs, ours, rows.ToString(CultureInfo.InvariantCulture), runs.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
        var refTimes = reference["duckdb_ms"]!.AsArray().Select(x => x!.GetValue<double>()).ToList();
        var refMs = Median(refTimes);
        var refBytes = reference["duckdb_bytes"]!.GetValue<long>();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"duckdb: {string.Join(", ", refTimes.Select(t => t.ToString("F0", CultureInfo.InvariantCulture)))} ms (median {refMs:F0}), {refBytes / 1048576.0:F1} MiB, DuckDB {reference["version"]} threads={reference["threads"]} -> {theirs}"));

        var validation = reference["validation"]!;
        var valid = validation["ok"]!.GetValue<bool>();
        Console.WriteLine(valid
            ? $"validation: DuckDB, arrow-rs and hyparquet read our file; all 15 columns equal DuckDB's own table (checksums and null counts)"
            : $"validation FAILED: {string.Join("; ", validation["mismatches"]!.AsArray().Select(m => m!.GetValue<string>()))}");
        Console.WriteLine("peak_mb: growth of this process's peak resident set (VmHWM, reset before the phase) while streaming the table through the writer, over its resident set before; it includes the generator's reusable batch buffers and garbage. The goal compares it with twice the largest row group's uncompressed size (above).");

        var bench = new JsonObject
        {
            ["name"] = "parquet-write",
            ["rows"] = rows,
            ["ours_ms"] = Math.Round(oursMs, 1),
            ["ref_ms"] = Math.Round(refMs, 1),
            ["ratio"] = Math.Round(refMs / oursMs, 3),
            ["size_ratio"] = Math.Round((double)oursBytes / refBytes, 3),
            ["peak_mb"] = Math.Round(memory.PeakBytes / 1048576.0, 1),
        };
        Console.WriteLine("BENCH " + bench.ToJsonString());
        return valid ? 0 : 1;
    }

    private static (long PeakBytes, long AllocatedBytes, bool Exact) MeasureStreamingPeak(string path, int rows, ParquetWriterOptions options)
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var exact = ProcessMemory.TryResetPeak();
        var baseline = ProcessMemory.ResidentBytes;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        long sampledPeak = baseline;
        using var stop = new CancellationTokenSource();
        var sampler = exact ? Task.CompletedTask : Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                sampledPeak = Math.Max(sampledPeak, ProcessMemory.ResidentBytes);
                await Task.Delay(2).ConfigureAwait(false);
            }
        });
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        {
            WriteStreaming(stream, rows, options);
        }

        stop.Cancel();
        sampler.Wait();
        var peak = exact ? ProcessMemory.PeakResidentBytes : sampledPeak;
        return (Math.Max(0, peak - baseline), GC.GetTotalAllocatedBytes(precise: true) - allocated, exact);
    }

    /// <summary>Feeds the writer batch by batch from the generator into reusable buffers: the input table is never resident.</summary>
    private static void WriteStreaming(Stream stream, int rows, ParquetWriterOptions options)
    {
        var buffers = new BenchTable(BatchRows);
        var columns = buffers.Columns(0, BatchRows);
        using var writer = new ParquetFileWriter(stream, BenchTable.Schema, options, leaveOpen: true);
        for (var start = 0; start < rows; start += BatchRows)
        {
            var n = Math.Min(BatchRows, rows - start);
            buffers.Fill(start, n);
            writer.WriteBatch(n, columns);
        }

        writer.Complete();
    }

    private static double LargestRowGroupBytes(string path, out int rowGroups)
    {
        using var reader = ParquetFileReader.Open(path);
        rowGroups = reader.RowGroupCount;
        return reader.Metadata.RowGroups.Max(g => (double)g.TotalByteSize);
    }


    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Registry.Etl.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Registry.Etl.sln not found above the benchmark.");
    }
}
