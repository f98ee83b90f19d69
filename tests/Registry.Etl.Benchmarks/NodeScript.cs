using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Registry.Etl.Benchmarks;

/// <summary>
/// Runs one of the reference scripts in tests/interop (DuckDB through node) and parses the JSON it prints:
/// the side of a benchmark that is measured by the independent engine, not by us.
/// </summary>
internal static class NodeScript
{
    public static async Task<JsonNode> RunJsonAsync(string interopDirectory, string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = interopDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var arg in arguments)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {script} failed ({process.ExitCode}): {await stderr.ConfigureAwait(false)}");
        }

        return JsonNode.Parse(await stdout.ConfigureAwait(false)) ?? throw new JsonException($"node {script} printed no JSON.");
    }
}
