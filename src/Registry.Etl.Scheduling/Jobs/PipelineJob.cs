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
        var slot = SlotOf(context);
        await runner.RunSlotAsync(path, slot, context.Recovering ? RunTrigger.Recovery : RunTrigger.Schedule, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The scheduled fire time this execution serves. A recovery firing (the node running the slot died)
    /// carries the original slot in its data map; its own fire time is just when it was recovered.
    /// </summary>
    internal static DateTimeOffset SlotOf(IJobExecutionContext context)
    {
        if (context.Recovering
            && context.MergedJobDataMap.TryGetValue(SchedulerConstants.FailedJobOriginalTriggerScheduledFireTime, out var value)
            && long.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms))
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(ms);
        }

        return context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
    }
}
