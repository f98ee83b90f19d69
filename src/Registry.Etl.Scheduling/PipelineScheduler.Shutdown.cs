using Quartz;

namespace Registry.Etl.Scheduling;

public sealed partial class PipelineScheduler
{
    /// <summary>
    /// Graceful stop: fire nothing new, let running runs finish within the grace period, then cancel
    /// what still runs (the runner discards its staging folder: nothing is published) and shut down.
    /// </summary>
    public async Task StopAsync(TimeSpan gracePeriod, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        await _scheduler.Standby().ConfigureAwait(false);
        var started = time.GetTimestamp();
        var running = await RunningHereAsync().ConfigureAwait(false);
        if (running.Count > 0)
        {
            _logger.Information("Shutting down: waiting up to {Grace} for {Count} running run(s)", gracePeriod, running.Count);
        }

        while (running.Count > 0 && time.GetElapsedTime(started) < gracePeriod)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), time).ConfigureAwait(false);
            running = await RunningHereAsync().ConfigureAwait(false);
        }

        foreach (var context in running)
        {
            _logger.Warning("Grace period over: cancelling {Job} (slot {Slot}); nothing of it will be published", context.JobKey, context.ScheduledFireTimeUtc);
            await _scheduler.InterruptFireInstance(context.FireInstanceId).ConfigureAwait(false);
        }

        await _scheduler.Shutdown(waitForJobsToComplete: true).ConfigureAwait(false);
        _logger.Information("Scheduler {InstanceId} stopped", _options.InstanceId);
    }

    /// <summary>The firings this node is executing (the clustered store knows the others').</summary>
    private async Task<IReadOnlyList<FireInstance>> RunningHereAsync() =>
        (await _scheduler.QueryFireInstances(new FireInstanceQuery { SchedulerInstanceId = _options.InstanceId }).ConfigureAwait(false)).Items;

    public async ValueTask DisposeAsync()
    {
        if (_scheduler.Status != SchedulerStatus.Shutdown)
        {
            await _scheduler.Shutdown(waitForJobsToComplete: false).ConfigureAwait(false);
        }

        await _services.DisposeAsync().ConfigureAwait(false);
    }
}
