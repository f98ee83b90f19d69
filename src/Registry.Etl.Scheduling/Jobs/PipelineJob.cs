using System.Globalization;
using Quartz;
using Registry.Etl.Pipeline.Running;

namespace Registry.Etl.Scheduling.Jobs;

/// <summary>
/// The Quartz job of one pipeline. <see cref="DisallowConcurrentExecutionAttribute"/> keeps two runs of
/// one pipeline from overlapping, on one node and (through the clustered store) across nodes; a slot
/// that comes due while a run is still going waits and then runs as itself (same slot, same as-of).
/// </summary>
[DisallowConcurrentExecution]
internal sealed class PipelineJob(SlotRunner runner) : IJob
{
    public const string PipelinePathKey = "pipeline-path";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var path = context.MergedJobDataMap.GetString(PipelinePathKey)
            ?? throw new JobExecutionException("The job has no pipeline path.");
        var slot = await SlotOfAsync(context, cancellationToken).ConfigureAwait(false);
        await runner.RunSlotAsync(path, slot, context.Recovering ? RunTrigger.Recovery : RunTrigger.Schedule, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The scheduled fire time this execution serves. A recovery firing (the node running the slot died)
    /// carries the original slot in its data map; its own fire time is just when it was recovered. The clustered
    /// ADO store's recovery carries only the original's actual fire time (a fraction of a second after its slot,
    /// or later when it waited for the run before it): the slot is then the original cron trigger's last fire
    /// time at or before it, so the recovered run is the same slot and is skipped when that slot was published.
    /// </summary>
    internal static async Task<DateTimeOffset> SlotOfAsync(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (context.Recovering)
        {
            var data = context.MergedJobDataMap;
            if (Millis(data, SchedulerConstants.FailedJobOriginalTriggerScheduledFireTime) is { } scheduled)
            {
                return scheduled;
            }

            if (Millis(data, SchedulerConstants.FailedJobOriginalTriggerFireTime) is { } fired
                && data.GetString(SchedulerConstants.FailedJobOriginalTriggerName) is { } name
                && await context.Scheduler.GetTrigger(new TriggerKey(name, data.GetString(SchedulerConstants.FailedJobOriginalTriggerGroup) ?? JobKey.DefaultGroup), cancellationToken).ConfigureAwait(false) is ICronTrigger cron
                && LastFireAtOrBefore(cron, fired) is { } slot)
            {
                return slot;
            }
        }

        return context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
    }

    /// <summary>The cron trigger's last fire time at or before <paramref name="time"/> (looking back up to a year), or null.</summary>
    internal static DateTimeOffset? LastFireAtOrBefore(ICronTrigger trigger, DateTimeOffset time)
    {
        foreach (var back in (TimeSpan[])[TimeSpan.FromMinutes(1), TimeSpan.FromHours(1), TimeSpan.FromDays(1), TimeSpan.FromDays(32), TimeSpan.FromDays(367)])
        {
            // a fire time equal to the start is excluded by GetNextValidTimeAfter: start a second before the window
            DateTimeOffset? last = null;
            for (var t = trigger.GetFireTimeAfter(time - back - TimeSpan.FromSeconds(1)); t is { } v && v <= time; t = trigger.GetFireTimeAfter(v))
            {
                last = v;
            }

            if (last is not null)
            {
                return last;
            }
        }

        return null;
    }

    private static DateTimeOffset? Millis(JobDataMap data, string key) =>
        data.TryGetValue(key, out var value)
        && long.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : null;
}
