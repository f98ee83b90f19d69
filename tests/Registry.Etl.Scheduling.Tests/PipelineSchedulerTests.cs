using Registry.Etl.Pipeline.Catalog;
using Registry.Etl.Pipeline.Publishing;
using Registry.Etl.Pipeline.TestHost;
using Serilog;

namespace Registry.Etl.Scheduling.Tests;

/// <summary>The in-memory scheduler on one node: no overlap, graceful shutdown both ways.</summary>
public sealed class PipelineSchedulerTests
{
    [Fact]
    public async Task Schedule_SlotsFasterThanRuns_RunsNeverOverlapAndEachSlotRunsOnce()
    {
        using var ws = TestWorkspace.Create(files: 1);
        var pipeline = ws.WritePipeline("- name: sleep\n  options: { ms: \"1300\" }", schedule: SlotRunnerTests.Schedule(1, "0/1 * * * * ?"));
        var options = new SchedulerOptions { InstanceId = "solo" };
        await using (var runner = new SlotRunner(TestStages.Create(), options, new LoggerConfiguration().CreateLogger()))
        {
            await using var scheduler = await PipelineScheduler.StartAsync([pipeline], options, runner, new LoggerConfiguration().CreateLogger(), CancellationToken.None);
            await WaitForAsync(ws, _ => true, count: 3, status: "succeeded");
            await scheduler.StopAsync(TimeSpan.FromSeconds(10));
        }

        var runs = await RunsAsync(ws);
        Assert.True(runs.Count >= 3, $"only {runs.Count} runs");
        Assert.All(runs, r => Assert.Equal("succeeded", r.Status));
        for (var i = 1; i < runs.Count; i++)
        {
            Assert.True(runs[i].StartedUtc >= runs[i - 1].FinishedUtc, $"run {runs[i].Key} started before run {runs[i - 1].Key} finished");
            Assert.Equal(TimeSpan.FromSeconds(1), runs[i].SlotUtc - runs[i - 1].SlotUtc); // late slots still run, as themselves, in order
        }
    }

    [Fact]
    public async Task Stop_RunLongerThanGrace_CancelsItAndPublishesNothing()
    {
        using var ws = TestWorkspace.Create(files: 1);
        var pipeline = ws.WritePipeline("- name: sleep\n  options: { ms: \"30000\" }", schedule: SlotRunnerTests.Schedule(1, "0/1 * * * * ?"));
        var options = new SchedulerOptions { InstanceId = "solo" };
        await using (var runner = new SlotRunner(TestStages.Create(), options, new LoggerConfiguration().CreateLogger()))
        {
            await using var scheduler = await PipelineScheduler.StartAsync([pipeline], options, runner, new LoggerConfiguration().CreateLogger(), CancellationToken.None);
            await WaitForAsync(ws, r => r.Status == "running");
            await scheduler.StopAsync(TimeSpan.FromMilliseconds(500));
        }

        var run = Assert.Single(await RunsAsync(ws));
        Assert.Equal("cancelled", run.Status);
        Assert.Null(new OutputLayout(ws.OutputDirectory).CurrentTarget());
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(ws.OutputDirectory, ".staging")));
    }

    [Fact]
    public async Task Stop_RunShorterThanGrace_LetsItFinishAndPublish()
    {
        using var ws = TestWorkspace.Create(files: 1);
        var pipeline = ws.WritePipeline("- name: sleep\n  options: { ms: \"1500\" }", schedule: SlotRunnerTests.Schedule(1, "0/1 * * * * ?"));
        var options = new SchedulerOptions { InstanceId = "solo" };
        await using (var runner = new SlotRunner(TestStages.Create(), options, new LoggerConfiguration().CreateLogger()))
        {
            await using var scheduler = await PipelineScheduler.StartAsync([pipeline], options, runner, new LoggerConfiguration().CreateLogger(), CancellationToken.None);
            await WaitForAsync(ws, r => r.Status == "running");
            await scheduler.StopAsync(TimeSpan.FromSeconds(15));
        }

        var run = Assert.Single(await RunsAsync(ws));
        Assert.Equal("succeeded", run.Status);
        Assert.Equal(run.PublishedPath, new OutputLayout(ws.OutputDirectory).CurrentTarget());
    }

    private static async Task WaitForAsync(TestWorkspace ws, Func<CatalogRun, bool> condition, int count = 1, string? status = null)
    {
        // polls rather than sleeping a fixed time: a loaded machine starts slower, the assertions do not change
        for (var i = 0; i < 600; i++)
        {
            if (File.Exists(RunCatalog.SqlitePath(ws.StateDirectory)) && (await RunsAsync(ws)).Count(r => condition(r) && (status is null || r.Status == status)) >= count)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("The scheduler never started a run.");
    }

    private static async Task<IReadOnlyList<CatalogRun>> RunsAsync(TestWorkspace ws)
    {
        await using var catalog = await RunCatalog.OpenAsync(ws.StateDirectory, null, CancellationToken.None);
        return [.. (await catalog.ListRunsAsync(null, 1000, CancellationToken.None)).Reverse()];
    }
}
