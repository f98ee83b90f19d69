using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Registry.Etl.Benchmarks.Parquet;
using Registry.Etl.Ingest.Contracts;
using Registry.Etl.Pipeline.Stages.Ingest;

namespace Registry.Etl.Benchmarks.Ingest;

/// <summary>
/// `make bench-ingest`: one year of a national-scale LBZ export (the monthly files of `registry-etl synth
/// --scale national --sources lbz`, concatenated with the header once: ~2 million admissions, > 200 MB),
/// ingested to standardised Parquet with validation, pseudonyms and resolution on; in the same run DuckDB's
/// one-step <c>COPY (SELECT * FROM read_csv(...)) TO ... (FORMAT parquet)</c> on the same file. The
/// generated file is cached in the bench folder (default <c>out/bench/ingest</c>). Ends with one BENCH line.
/// </summary>
internal static class IngestBenchmark
{
    private const string BenchSecret = "benchmark-only-pseudonym-key-synthetic-data";

    public static async Task<int> RunAsync(string[] args)
    {
        var root = RepositoryRoot();
        var interop = Path.Combine(root, "tests", "interop");
        if (!Directory.Exists(Path.Combine(interop, "node_modules")))
        {
            await Console.Error.WriteLineAsync("tests/interop/node_modules is missing: run `make interop-deps` first.").ConfigureAwait(false);
            return 2;
        }

        var dir = Path.GetFullPath(Option(args, "--dir") ?? Path.Combine(root, "out", "bench", "ingest"));
        var year = int.Parse(Option(args, "--year") ?? "2024", CultureInfo.InvariantCulture);
        var csv = await EnsureExportAsync(dir, year).ConfigureAwait(false);
        var mb = new FileInfo(csv).Length / 1e6;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"input: {csv} ({mb:F1} MB)"));

        // ours: the ingest job of the stage and the CLI (contract, validation, pseudonyms, resolution) + Parquet
        var contracts = ContractSet.LoadDirectory(Path.Combine(root, "pipelines", "sources"), "lbz");
        var ours = Path.Combine(dir, "ours.parquet");
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var exact = ProcessMemory.TryResetPeak();
        var baseline = ProcessMemory.ResidentBytes;
        var gc = GcActivity.Now();
        var clock = Stopwatch.StartNew();
        var job = new SourceIngestJob(contracts, Encoding.UTF8.GetBytes(BenchSecret), cache: null);
        var outputs = new IngestOutputs(ours, Path.Combine(dir, "ours.quarantine.parquet"));
        var result = await job.RunAsync([(csv, Path.GetFileName(csv), null)], outputs, null, CancellationToken.None).ConfigureAwait(false);
        if (result.Files[0].Error is { } error)
        {
            throw new InvalidOperationException($"ingest failed: {error}");
        }

        var oursMs = clock.Elapsed.TotalMilliseconds;
        var peak = exact ? ProcessMemory.PeakResidentBytes : ProcessMemory.ResidentBytes;
        var f = result.Files[0];
        var gcDone = GcActivity.Now() - gc;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ours:   {oursMs:F0} ms (reading, validating, pseudonymising, resolving and writing Parquet, streaming), read {f.RowsRead:N0}, accepted {f.RowsAccepted:N0}, quarantined {f.RowsQuarantined:N0}, resolved {result.Resolution.RowsOut:N0} ({result.Resolution.SupersededWithinFile:N0} corrections superseded), {new FileInfo(ours).Length / 1e6:F1} MB Parquet; peak RSS {peak / 1048576.0:F0} MiB{(exact ? "" : " (resident at end, peak not measurable)")}"));
        Console.WriteLine($"ours:   {gcDone}");
        result = null;

        var floorMs = CsvReadFloor(csv, out var fields);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"floor:  {floorMs:F0} ms for CsvHelper alone to read every field of the file ({fields:N0} fields, one thread, nothing checked or written): no ingest with the contracts' CSV reader takes less"));

        var reference = await NodeScript.RunJsonAsync(interop, "bench-duckdb-csv.mjs", csv, Path.Combine(dir, "duckdb.parquet"), "1").ConfigureAwait(false);
        var refMs = reference["duckdb_ms"]!.AsArray().Select(n => n!.GetValue<double>()).Min();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"duckdb: {refMs:F0} ms, {reference["rows"]} rows, {reference["threads"]} threads, {reference["version"]}"));
        Console.WriteLine("Timings are of one run each on whatever else the machine was doing; ratio = ref_ms / ours_ms; peak_mb = peak resident set of this process during our ingest (VmHWM, reset before it).");
        var bench = new JsonObject
        {
            ["name"] = "ingest",
            ["mb"] = Math.Round(mb, 1),
            ["ours_ms"] = Math.Round(oursMs),
            ["ref_ms"] = Math.Round(refMs),
            ["ratio"] = Math.Round(refMs / oursMs, 2),
            ["peak_mb"] = Math.Round(peak / 1048576.0, 1),
        };
        Console.WriteLine("BENCH " + bench.ToJsonString());
        return 0;
    }

    /// <summary>
    /// The time CsvHelper takes to read every field of the file as UTF-8 bytes, with the options of ingest's reader
    /// that shape the parse (separator, header, line numbers, line breaks in quotes; the rest only handle damage and
    /// strings, which this file has none of and this loop does not make), and nothing else: the least an ingest
    /// through it can cost, beside the ratio goal's ref_ms / 2.
    /// </summary>
    private static double CsvReadFloor(string csv, out long fields)
    {
        var options = CsvHelper.CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = true,
            Encoding = Encoding.UTF8,
            TrackLineNumbers = true,
            AllowLineBreaksInQuotes = true,
            DetectSeparatorHint = false,
        };
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var clock = Stopwatch.StartNew();
        using var stream = new FileStream(csv, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        using var reader = CsvHelper.CsvReader.Create(stream, options, leaveOpen: true);
        fields = 0;
        long bytes = 0;
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                bytes += reader.GetSpan(i).Length;
            }

            fields += reader.FieldCount;
        }

        GC.KeepAlive(bytes);
        return clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>Generates (once) one year of national LBZ exports and concatenates the months, header once.</summary>
    private static async Task<string> EnsureExportAsync(string dir, int year)
    {
        // named like the December file so the contract's file-name rule gives it an export date
        var csv = Path.Combine(dir, "lbz", $"lbz_{year}-12.csv");
        if (File.Exists(csv))
        {
            return csv;
        }

        var synth = Path.Combine(dir, "synth");
        var cli = Path.Combine(AppContext.BaseDirectory, "registry-etl.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = false };
        foreach (var a in new[] { cli, "synth", "--scale", "national", "--sources", "lbz", "--years", "1", "--first-year", year.ToString(CultureInfo.InvariantCulture), "--no-truth", "--out", synth })
        {
            start.ArgumentList.Add(a);
        }

        using (var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start registry-etl synth."))
        {
            await process.WaitForExitAsync().ConfigureAwait(false);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"registry-etl synth failed ({process.ExitCode}).");
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(csv)!);
        var temp = csv + ".tmp";
        using (var output = new FileStream(temp, FileMode.Create, FileAccess.Write))
        {
            for (var month = 1; month <= 12; month++)
            {
                var bytes = await File.ReadAllBytesAsync(Path.Combine(synth, "lbz", $"lbz_{year}-{month:00}.csv")).ConfigureAwait(false);
                var body = month == 1 ? 0 : Array.IndexOf(bytes, (byte)'\n') + 1;
                output.Write(bytes, body, bytes.Length - body);
            }
        }

        File.Move(temp, csv);
        return csv;
    }


    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
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
