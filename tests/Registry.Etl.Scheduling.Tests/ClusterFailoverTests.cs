using System.Diagnostics;
using Registry.Etl.Pipeline.Catalog;
using Registry.Etl.Pipeline.Manifest;
using Registry.Etl.Pipeline.TestHost;
using Xunit.Abstractions;

namespace Registry.Etl.Scheduling.Tests;

/// <summary>
/// Two real scheduler processes (the schedule command of the test host) on one PostgreSQL database
/// (Quartz's clustered store and the run catalog), firing every 3 s. One is killed with SIGKILL; the
/// other must take over within 15 s, and across the whole time every slot must run exactly once.
/// </summary>
public sealed class ClusterFailoverTests(ITestOutputHelper log)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task TwoNodes_OneKilled_EverySlotRunsExactlyOnceAndTheOtherTakesOver()
    {
        using var database = PostgresDatabase.Create();
        using var ws = TestWorkspace.Create(files: 1, rowsPerFile: 10);
        // A generous misfire threshold: on a loaded machine a run can take longer than the interval, and a
        // backlog of slots must still run one by one (each exactly once), not be merged into one catch-up run.
        var pipeline = ws.WritePipeline("- standardise\n- name: sleep\n  options: { ms: \"100\" }", name: "clustered", schedule: SlotRunnerTests.Schedule(3, "0/3 * * * * ?", misfireThreshold: "00:10:00"));
        var nodeA = Start(ws, pipeline, database, "node-a", out var readyA);
        var nodeB = Start(ws, pipeline, database, "node-b", out var readyB);
        DateTimeOffset killedAt;
        Process victim, survivor;
        string holder;
        try
        {
            // wait for both nodes (start-up time depends on the machine), then for a few slots
            await Task.WhenAll(readyA.Task, readyB.Task).WaitAsync(TimeSpan.FromSeconds(90));
            var before = await WaitForRunsAsync(database, r => true, 4);
            // the node that holds the trigger keeps it: kill that one, so fail-over is needed
            holder = before.Last(r => r.Status == "succeeded").Node;
            (victim, survivor) = holder == "node-a" ? (nodeA, nodeB) : (nodeB, nodeA);
            victim.Kill(); // SIGKILL
            killedAt = TimeProvider.System.GetUtcNow();
            await victim.WaitForExitAsync();
            log.WriteLine($"killed {holder} at {killedAt:O}");
            await WaitForRunsAsync(database, r => r.SlotUtc > killedAt + TimeSpan.FromSeconds(16), 2);
        }
        finally
        {
            await StopAsync(nodeA);
            await StopAsync(nodeB);
        }

        var runs = await RunsAsync(database);
        foreach (var r in runs)
        {
            log.WriteLine($"{r.Key} {r.SlotUtc:HH:mm:ss} {r.Node} {r.Trigger} attempt {r.Attempt} {r.Status} {r.StartedUtc:HH:mm:ss.fff}-{r.FinishedUtc:HH:mm:ss.fff}");
        }

        Assert.Equal(0, survivor.ExitCode); // SIGTERM: graceful stop

        // every slot exactly once: one published run per slot, slots contiguous at the cron interval
        var published = runs.Where(r => r.Status is "succeeded").ToArray();
        var slots = published.Select(r => r.SlotUtc!.Value).ToArray();
        Assert.Equal(slots.Length, slots.Distinct().Count());
        var ordered = slots.Order().ToArray();
        for (var i = 1; i < ordered.Length; i++)
        {
            Assert.True(ordered[i] - ordered[i - 1] == Interval, $"slot gap between {ordered[i - 1]:HH:mm:ss} and {ordered[i]:HH:mm:ss}");
        }

        // nothing but published runs and at most the one run the kill interrupted (it stays 'running')
        var other = runs.Where(r => r.Status != "succeeded").ToArray();
        Assert.True(other.Length <= 1 && other.All(r => r.Status == "running" && r.Node == holder), "unexpected runs: " + string.Join(", ", other.Select(r => $"{r.Key} {r.Node} {r.Status}")));
        Assert.All(other, r => Assert.Contains(r.SlotUtc!.Value, slots)); // an interrupted slot was re-run (recovered), not lost

        // the survivor took over within 15 s and the schedule went on after the kill
        var firstAfterKill = published.Where(r => r.StartedUtc > killedAt).MinBy(r => r.StartedUtc);
        Assert.NotNull(firstAfterKill);
        Assert.True(firstAfterKill!.StartedUtc - killedAt < TimeSpan.FromSeconds(15), $"take-over took {firstAfterKill.StartedUtc - killedAt}");
        Assert.True(ordered[^1] > killedAt + TimeSpan.FromSeconds(15));

        // the catalog agrees with what was published: each run's folder holds the manifest of that run id
        foreach (var run in published)
        {
            Assert.Equal(run.RunId, ManifestJson.Read(Path.Combine(run.PublishedPath!, "manifest.json")).RunId);
            Assert.Equal(run.AsOf, SlotRunner.AsOfForSlot(run.SlotUtc!.Value, "Europe/Amsterdam"));
        }
    }

    private static Process Start(TestWorkspace ws, string pipeline, PostgresDatabase database, string node, out TaskCompletionSource ready)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = ws.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { TestWorkspace.HostDll, "schedule", pipeline, "--store", database.ConnectionString, "--instance-id", node, "--grace", "00:00:10" })
        {
            info.ArgumentList.Add(a);
        }

        var process = Process.Start(info)!;
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        ready = started;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains(" running ", StringComparison.Ordinal) == true)
            {
                started.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task StopAsync(Process process)
    {
        if (!process.HasExited)
        {
            using var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await term.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
    }

    private static async Task<IReadOnlyList<CatalogRun>> WaitForRunsAsync(PostgresDatabase database, Func<CatalogRun, bool> condition, int count)
    {
        for (var i = 0; i < 900; i++)
        {
            var runs = await RunsAsync(database);
            if (runs.Count(r => r.Status == "succeeded" && condition(r)) >= count)
            {
                return runs;
            }

            await Task.Delay(200);
        }

        Assert.Fail("the cluster did not run the expected slots within 180 s");
        return [];
    }

    private static async Task<IReadOnlyList<CatalogRun>> RunsAsync(PostgresDatabase database)
    {
        await using var catalog = await RunCatalog.OpenAsync("unused", database.ConnectionString, CancellationToken.None);
        return [.. (await catalog.ListRunsAsync("clustered", 10_000, CancellationToken.None)).Reverse()];
    }
}
