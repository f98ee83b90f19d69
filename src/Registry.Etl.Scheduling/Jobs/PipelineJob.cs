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
    /// carries the original slot in its data map; its own fire time is only when the dead node had fired
    /// the slot (a fraction of a second late), and running under that time would make the "slot already
    /// published" check miss a slot the dead node had in fact published.
    /// </summary>
    internal static DateTimeOffset SlotOf(IJobExecutionContext context) =>
        SlotOf(context.Recovering, context.MergedJobDataMap, context.ScheduledFireTimeUtc ?? context.FireTimeUtc);

    internal static DateTimeOffset SlotOf(bool recovering, JobDataMap data, DateTimeOffset ownFireTime) =>
        recovering
        && data.TryGetValue(SchedulerConstants.FailedJobOriginalTriggerScheduledFireTime, out var value)
        && OriginalSlot(value) is { } slot
            ? slot
            : ownFireTime;

    /// <summary>
    /// Reads the original slot as the clustered store wrote it. Quartz.NET 4 writes
    /// <c>Convert.ToString(DateTimeOffset, InvariantCulture)</c> ("12/07/2026 02:00:00 +00:00", whole
    /// seconds, which cron slots are) although the key's name says milliseconds; Quartz for Java and older
    /// versions wrote milliseconds since the epoch. Both are accepted.
    /// </summary>
    internal static DateTimeOffset? OriginalSlot(object? value)
    {
        var text = Convert.ToString(value, CultureInfo.InvariantCulture);
        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms))
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(ms);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time.ToUniversalTime()
            : null;
    }
}
