using System.Diagnostics;
using System.Text.Json;

namespace Registry.Etl.Parquet.Tests.Interop;

/// <summary>
/// Runs the project's node scripts in tests/interop (DuckDB, arrow-rs through parquet-wasm, hyparquet).
/// `make test` installs their packages first (`make interop-deps`); without them these tests fail and say so.
/// </summary>
internal static class NodeInterop
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static string InteropFolder { get; } = Path.Combine(RepositoryRoot(), "tests", "interop");

    public static JsonDocument Run(string script, params string[] args)
    {
        var node = FindNode() ?? throw new InvalidOperationException("node is not on PATH: the interoperability tests need Node.js 20+ (see tests/interop/package.json).");
        if (!Directory.Exists(Path.Combine(InteropFolder, "node_modules", "@duckdb")) || !Directory.Exists(Path.Combine(InteropFolder, "node_modules", "parquet-wasm")))
        {
            throw new InvalidOperationException("tests/interop/node_modules is missing: run `make interop-deps` (or `make test`, which runs it) to install the pinned readers.");
        }

        var start = new ProcessStartInfo(node)
        {
            WorkingDirectory = InteropFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not finish within {Timeout}");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {script} failed with exit code {process.ExitCode}: {stderr.Result}");
        }

        var output = stdout.Result;
        var json = output.IndexOf('{', StringComparison.Ordinal);
        return JsonDocument.Parse(json >= 0 ? output[json..] : output);
    }

    public static string TempFolder(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "registry-etl-interop", $"{name}-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string? FindNode()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, OperatingSystem.IsWindows() ? "node.exe" : "node");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Registry.Etl.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Registry.Etl.sln not found above the test directory.");
    }
}
