using Npgsql;
using Quartz;
using Registry.Etl.Pipeline.Catalog;
using Registry.Etl.Pipeline.Running;
using Registry.Etl.Pipeline.TestHost;
using Serilog;

namespace Registry.Etl.Scheduling.Tests;

/// <summary>
/// Quartz's own cluster recovery, made deterministic: the clustered store on a real PostgreSQL holds
/// two slots "executing" on a node that no longer exists, one of which that node had already published.
/// A surviving node must re-run the unpublished slot under its own slot time and skip the published one.
/// <see cref="ClusterFailoverTests"/> covers the same through a real SIGKILL, where the moment of the
/// kill (and so whether a recovery happens at all) is left to chance.
/// </summary>
public sealed class ClusterRecoveryTests
{
    private const string DeadNode = "dead-node";

    [Fact]
    public async Task DeadNodesSlots_UnpublishedOneRerunAsItself_PublishedOneNotRunAgain()
    {
        using var database = PostgresDatabase.Create();
        using var ws = TestWorkspace.Create(files: 1);
        // daily at 02:00 Amsterdam: its own firings stay out of the way of the recovered slots
        var pipeline = ws.WritePipeline("- standardise", name: "recovered", schedule: SlotRunnerTests.Schedule(1));
        var published = new DateTimeOffset(2026, 3, 1, 1, 0, 0, TimeSpan.Zero);
        var interrupted = published.AddDays(1);

        // Quartz creates its tables and the pipeline's job and trigger
        await using (var scheduler = await StartAsync(database, ws, pipeline, "node-a"))
        {
            await scheduler.StopAsync(TimeSpan.FromSeconds(5));
        }

        // the dead node published one slot; Quartz still lists both as executing on it
        await using (var runner = Runner(database, ws, DeadNode))
        {
            Assert.Equal(RunStatus.Succeeded, (await runner.RunSlotAsync(pipeline, published, RunTrigger.Schedule, CancellationToken.None))!.Status);
        }

        await InsertFiredTriggerAsync(database, "recovered", published);
        await InsertFiredTriggerAsync(database, "recovered", interrupted);

        await using (var scheduler = await StartAsync(database, ws, pipeline, "node-b"))
        {
            await WaitForRecoveryAsync(database);
            await scheduler.StopAsync(TimeSpan.FromSeconds(5));
        }

        var runs = await RunsAsync(database);
        Assert.Equal(
            [(published, DeadNode, "schedule"), (interrupted, "node-b", "recovery")],
            runs.Select(r => (r.SlotUtc!.Value, r.Node, r.Trigger)).Order());
        Assert.All(runs, r => Assert.Equal("succeeded", r.Status));
        Assert.Equal(new DateOnly(2026, 3, 2), runs.Single(r => r.Trigger == "recovery").AsOf);
    }

    [Fact]
    public void OriginalSlot_ReadsWhatQuartzWritesAndMilliseconds()
    {
        var slot = new DateTimeOffset(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);
        // Quartz.NET 4 writes the original scheduled time this way (AdoJobStore cluster recovery)
        var written = Convert.ToString(slot, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(slot, Jobs.PipelineJob.OriginalSlot(written));
        Assert.Equal(slot, Jobs.PipelineJob.OriginalSlot(slot.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(slot, Jobs.PipelineJob.OriginalSlot(new DateTimeOffset(2026, 12, 7, 3, 0, 0, TimeSpan.FromHours(1)).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Null(Jobs.PipelineJob.OriginalSlot("not a time"));
        Assert.Null(Jobs.PipelineJob.OriginalSlot(null));
    }

    [Fact]
    public void SlotOf_OnlyARecoveryFiringTakesTheOriginalSlot()
    {
        var slot = new DateTimeOffset(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);
        var fired = slot.AddMilliseconds(37);
        var data = new JobDataMap { [SchedulerConstants.FailedJobOriginalTriggerScheduledFireTime] = Convert.ToString(slot, System.Globalization.CultureInfo.InvariantCulture) };

        Assert.Equal(slot, Jobs.PipelineJob.SlotOf(recovering: true, data, fired));
        Assert.Equal(fired, Jobs.PipelineJob.SlotOf(recovering: false, data, fired));
        Assert.Equal(fired, Jobs.PipelineJob.SlotOf(recovering: true, new JobDataMap(), fired));
    }

    private static SlotRunner Runner(PostgresDatabase database, TestWorkspace ws, string node) =>
        new(TestStages.Create(), Options(database, ws, node), new LoggerConfiguration().CreateLogger());

    private static SchedulerOptions Options(PostgresDatabase database, TestWorkspace ws, string node) => new()
    {
        InstanceId = node,
        StoreConnectionString = database.ConnectionString,
        CatalogConnectionString = database.ConnectionString,
        OutputDirectory = ws.OutputDirectory,
    };

    private static async Task<OwnedScheduler> StartAsync(PostgresDatabase database, TestWorkspace ws, string pipeline, string node)
    {
        var runner = Runner(database, ws, node);
        var scheduler = await PipelineScheduler.StartAsync([pipeline], Options(database, ws, node), runner, new LoggerConfiguration().CreateLogger(), CancellationToken.None);
        return new OwnedScheduler(scheduler, runner);
    }

    /// <summary>What a node leaves in Quartz's table when it dies while running a slot.</summary>
    private static async Task InsertFiredTriggerAsync(PostgresDatabase database, string pipeline, DateTimeOffset slot)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            insert into qrtz_fired_triggers (sched_name, entry_id, trigger_name, trigger_group, instance_name, fired_time, sched_time,
                priority, state, job_name, job_group, is_nonconcurrent, requests_recovery)
            values ('registry-etl', @entry, @name, 'registry-etl', @node, @fired, @scheduled, 5, 'EXECUTING', @name, 'registry-etl', true, true)
            """,
            connection);
        command.Parameters.AddWithValue("entry", $"{DeadNode}-{slot.ToUnixTimeSeconds()}");
        command.Parameters.AddWithValue("name", pipeline);
        command.Parameters.AddWithValue("node", DeadNode);
        command.Parameters.AddWithValue("fired", slot.AddMilliseconds(37).UtcTicks); // the dead node fired it a little late
        command.Parameters.AddWithValue("scheduled", slot.UtcTicks);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Until a recovery run is recorded and Quartz holds no recovery trigger or fired trigger any more.</summary>
    private static async Task WaitForRecoveryAsync(PostgresDatabase database)
    {
        for (var i = 0; i < 300; i++)
        {
            if ((await RunsAsync(database)).Any(r => r.Trigger == "recovery" && r.Status == "succeeded")
                && await CountAsync(database, $"select count(*) from qrtz_triggers where trigger_group = '{SchedulerConstants.DefaultRecoveryGroup}'") == 0
                && await CountAsync(database, "select count(*) from qrtz_fired_triggers") == 0)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("the surviving node did not recover the dead node's slots within 30 s");
    }

    private static async Task<long> CountAsync(PostgresDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<IReadOnlyList<CatalogRun>> RunsAsync(PostgresDatabase database)
    {
        await using var catalog = await RunCatalog.OpenAsync("unused", database.ConnectionString, CancellationToken.None);
        return await catalog.ListRunsAsync("recovered", 1000, CancellationToken.None);
    }

    private sealed class OwnedScheduler(PipelineScheduler scheduler, SlotRunner runner) : IAsyncDisposable
    {
        public Task StopAsync(TimeSpan grace) => scheduler.StopAsync(grace);

        public async ValueTask DisposeAsync()
        {
            await scheduler.DisposeAsync();
            await runner.DisposeAsync();
        }
    }
}
