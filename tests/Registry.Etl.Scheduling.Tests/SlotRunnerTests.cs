using Registry.Etl.Pipeline.Catalog;
using Registry.Etl.Pipeline.Running;
using Registry.Etl.Pipeline.TestHost;
using Serilog;

namespace Registry.Etl.Scheduling.Tests;

public sealed class SlotRunnerTests
{
    private static readonly DateTimeOffset Slot = new(2025, 3, 1, 1, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2025-03-01T22:59:59Z", "2025-03-01")] // CET, +1
    [InlineData("2025-03-01T23:00:00Z", "2025-03-02")]
    [InlineData("2025-07-01T21:59:59Z", "2025-07-01")] // CEST, +2
    [InlineData("2025-07-01T22:00:00Z", "2025-07-02")]
    public void AsOfForSlot_UsesTheSlotsDateInAmsterdam(string slot, string asOf) =>
        Assert.Equal(DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture), SlotRunner.AsOfForSlot(DateTimeOffset.Parse(slot, System.Globalization.CultureInfo.InvariantCulture), "Europe/Amsterdam"));

    [Fact]
    public async Task RunSlot_TransientFailures_RetriedWithBackoffUntilSuccess()
    {
        using var ws = TestWorkspace.Create(files: 1);
        var pipeline = ws.WritePipeline("- name: fail\n  options: { mode: transient, times: \"2\" }", schedule: Schedule(maxAttempts: 3));

        var outcome = await RunSlotAsync(pipeline, Slot);

        Assert.Equal(RunStatus.Succeeded, outcome!.Status);
        var runs = await RunsAsync(ws);
        Assert.Equal([(1, "failed"), (2, "failed"), (3, "succeeded")], runs.Select(r => (r.Attempt, r.Status)));
        Assert.All(runs, r => Assert.Equal(Slot, r.SlotUtc));
        Assert.All(runs, r => Assert.Equal("schedule", r.Trigger));
        Assert.Equal(new DateOnly(2025, 3, 1), runs[0].AsOf);
    }

    [Fact]
    public async Task RunSlot_TransientFailuresBeyondAttempts_GivesUp()
    {
        using var ws = TestWorkspace.Create(files: 1);
        var pipeline = ws.WritePipeline("- name: fail\n  options: { mode: transient, times: \"5\" }", schedule: Schedule(maxAttempts: 2));

        var outcome = await RunSlotAsync(pipeline, Slot);

        Assert.Equal(RunStatus.Failed, outcome!.Status);
        Assert.True(outcome.IsTransientFailure);
        Assert.Equal(2, (await RunsAsync(ws)).Count);
    }

    [Fact]
    public async Task RunSlot_PermanentFailure_IsNotRetried()
    {
        using var ws = TestWorkspace.Create(files: 1);
        var pipeline = ws.WritePipeline("- name: fail\n  options: { mode: permanent }", schedule: Schedule(maxAttempts: 5));

        var outcome = await RunSlotAsync(pipeline, Slot);

        Assert.Equal(RunStatus.Failed, outcome!.Status);
        Assert.False(outcome.IsTransientFailure);
        Assert.Single(await RunsAsync(ws));
    }

    [Fact]
    public async Task RunSlot_SlotAlreadyPublished_IsSkipped()
    {
        using var ws = TestWorkspace.Create(files: 1);
        var pipeline = ws.WritePipeline("- standardise", schedule: Schedule(maxAttempts: 1));

        var first = await RunSlotAsync(pipeline, Slot);
        var again = await RunSlotAsync(pipeline, Slot);
        var next = await RunSlotAsync(pipeline, Slot.AddDays(1));

        Assert.Equal(RunStatus.Succeeded, first!.Status);
        Assert.Null(again);
        Assert.Equal(RunStatus.Succeeded, next!.Status);
        Assert.Equal(2, (await RunsAsync(ws)).Count);
    }

    internal static string Schedule(int maxAttempts, string cron = "0 0 2 * * ?", string misfireThreshold = "00:01:00") =>
        $"cron: \"{cron}\"\nmisfire_threshold: {misfireThreshold}\nretry:\n  max_attempts: {maxAttempts}\n  initial_delay: 00:00:00.05\n  max_delay: 00:00:00.2";

    private static async Task<RunOutcome?> RunSlotAsync(string pipeline, DateTimeOffset slot)
    {
        await using var runner = new SlotRunner(TestStages.Create(), new SchedulerOptions { InstanceId = "test-node" }, new LoggerConfiguration().CreateLogger());
        return await runner.RunSlotAsync(pipeline, slot, RunTrigger.Schedule, CancellationToken.None);
    }

    private static async Task<IReadOnlyList<CatalogRun>> RunsAsync(TestWorkspace ws)
    {
        await using var catalog = await RunCatalog.OpenAsync(ws.StateDirectory, null, CancellationToken.None);
        return [.. (await catalog.ListRunsAsync(null, 100, CancellationToken.None)).Reverse()];
    }
}
