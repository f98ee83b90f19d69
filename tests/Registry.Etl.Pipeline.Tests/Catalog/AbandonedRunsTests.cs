using Registry.Etl.Pipeline.Catalog;
using Registry.Etl.Pipeline.Running;
using Registry.Etl.Pipeline.TestHost;

namespace Registry.Etl.Pipeline.Tests.Catalog;

/// <summary>A run killed with SIGKILL is marked abandoned by the next run and by `runs list`; a live run never is.</summary>
public sealed class AbandonedRunsTests
{
    [Fact]
    public async Task KilledRun_StaysRunningWhileAlive_AbandonedByNextRunWithReason()
    {
        using var ws = TestWorkspace.Create(files: 1, rowsPerFile: 10);
        var pipeline = ws.WritePipeline("- standardise\n- name: sleep\n  options: { ms: \"60000\" }");
        using var child = ChildProcess.Start(ws.Root, "crash-run", pipeline, "--as-of", "2025-03-01", "--out", ws.OutputDirectory, "--phase-delay-ms", "0");
        await WaitForLineAsync(child, "STAGE sleep");

        // alive: neither the next run's check nor anyone else may call it abandoned
        await using (var catalog = await RunCatalog.OpenAsync(ws.StateDirectory, null, CancellationToken.None))
        {
            var running = Assert.Single(await catalog.ListRunningAsync("test", CancellationToken.None));
            Assert.Equal(child.Id, running.ProcessId);
            Assert.Equal(Environment.MachineName, running.Host);
            Assert.Empty(await AbandonedRuns.MarkAsync(catalog, "test", "a test", TimeProvider.System, CancellationToken.None));
        }

        child.Kill(); // SIGKILL: the run records nothing more
        await child.WaitForExitAsync();
        var killedKey = (await TestRuns.CatalogEntryAsync(ws.StateDirectory, 1)).Run;
        Assert.Equal("running", killedKey.Status);

        var next = await TestRuns.RunAsync(ws.WritePipeline("- standardise"), TestRuns.Day1);

        Assert.Equal(RunStatus.Succeeded, next.Status);
        var killed = (await TestRuns.CatalogEntryAsync(ws.StateDirectory, killedKey.Key)).Run;
        Assert.Equal("abandoned", killed.Status);
        Assert.Contains($"pid {child.Id} on {Environment.MachineName}", killed.Error, StringComparison.Ordinal);
        Assert.Contains($"noticed by run {next.CatalogKey}", killed.Error, StringComparison.Ordinal);
        Assert.Equal("succeeded", (await TestRuns.CatalogEntryAsync(ws.StateDirectory, next.CatalogKey)).Run.Status);
    }

    [Fact]
    public async Task RunsList_MarksKilledRunsOfEveryPipelineAbandoned()
    {
        using var ws = TestWorkspace.Create(files: 1, rowsPerFile: 10);
        var pipeline = ws.WritePipeline("- name: sleep\n  options: { ms: \"60000\" }");
        using var child = ChildProcess.Start(ws.Root, "crash-run", pipeline, "--as-of", "2025-03-01", "--out", ws.OutputDirectory, "--phase-delay-ms", "0");
        await WaitForLineAsync(child, "STAGE sleep");
        child.Kill();
        await child.WaitForExitAsync();

        var (exit, output, error) = await ChildProcess.RunAsync(ws.Root, "runs", "list", "--state", ws.StateDirectory);

        Assert.True(exit == 0, error);
        Assert.Contains("abandoned", output, StringComparison.Ordinal);
        Assert.DoesNotContain("running", output, StringComparison.Ordinal);
        Assert.Contains("runs list", (await TestRuns.CatalogEntryAsync(ws.StateDirectory, 1)).Run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mark_JudgesOnlyThisHostAndTellsAReusedPidApart()
    {
        using var ws = TestWorkspace.Create(files: 1);
        await using var catalog = await RunCatalog.OpenAsync(ws.StateDirectory, null, CancellationToken.None);
        var t0 = new DateTimeOffset(2025, 3, 1, 1, 0, 0, TimeSpan.Zero);
        async Task<long> StartAsync(RunProcess? process, string pipeline = "p") =>
            await catalog.StartRunAsync(new CatalogRunStart(pipeline, new DateOnly(2025, 3, 1), "manual", null, "n", 1, t0) { Process = process }, CancellationToken.None);

        var alive = await StartAsync(RunProcess.Current);
        var reusedPid = await StartAsync(RunProcess.Current with { StartTag = "another-boot:1" }); // our pid, but another process
        var otherHost = await StartAsync(new RunProcess(Environment.MachineName + "-elsewhere", int.MaxValue, null));
        var unknown = await StartAsync(null); // recorded before schema 2: nothing to judge by
        var otherPipeline = await StartAsync(RunProcess.Current with { StartTag = "another-boot:2" }, "q");

        var marked = await AbandonedRuns.MarkAsync(catalog, "p", "a test", TimeProvider.System, CancellationToken.None);

        Assert.Equal([reusedPid], marked);
        foreach (var key in new[] { alive, otherHost, unknown, otherPipeline })
        {
            Assert.Equal("running", (await catalog.GetRunAsync(key, CancellationToken.None))!.Run.Status);
        }

        Assert.Equal([otherPipeline], await AbandonedRuns.MarkAsync(catalog, null, "a test", TimeProvider.System, CancellationToken.None));
        Assert.False(await catalog.AbandonRunAsync(otherPipeline, "again", CancellationToken.None)); // only a running run can be abandoned
    }

    private static async Task WaitForLineAsync(System.Diagnostics.Process child, string marker)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await child.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line == marker)
            {
                return;
            }
        }

        Assert.Fail($"the run ended before '{marker}': {await child.StandardError.ReadToEndAsync(timeout.Token)}");
    }
}
