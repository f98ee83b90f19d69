using Quartz;
using Registry.Etl.Pipeline.Definition;
using Registry.Etl.Scheduling.Jobs;

namespace Registry.Etl.Scheduling;

public sealed partial class PipelineScheduler
{
    /// <summary>
    /// Adds the pipeline's job and cron trigger unless an identical one is already stored (another node of
    /// the cluster, or this one before a restart, registered it). Replacing an unchanged trigger would
    /// reset its next fire time and could drop the slot that is due, so only a changed schedule is replaced.
    /// </summary>
    private async Task EnsureScheduledAsync(PipelineDefinition pipeline, CancellationToken cancellationToken)
    {
        var schedule = pipeline.Schedule!;
        var jobKey = new JobKey(pipeline.Name, Group);
        var triggerKey = new TriggerKey(pipeline.Name, Group);
        var job = JobBuilder.Create<PipelineJob>()
            .WithIdentity(jobKey)
            .UsingJobData(PipelineJob.PipelinePathKey, pipeline.FilePath)
            .RequestRecovery() // a slot whose node died mid-run is re-run by a survivor
            .StoreDurably()
            .Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(triggerKey)
            .ForJob(jobKey)
            .WithCronSchedule(schedule.Cron, c =>
            {
                c.InTimeZone(TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZone));
                c.WithMisfireInstruction(schedule.Misfire == MisfirePolicy.FireOnceNow
                    ? CronTriggerMisfireInstruction.FireAndProceed
                    : CronTriggerMisfireInstruction.DoNothing);
            })
            .WithMisfireThreshold(schedule.MisfireThreshold)
            .Build();
        var wanted = (ICronTrigger)trigger;

        if (await _scheduler.GetTrigger(triggerKey, cancellationToken).ConfigureAwait(false) is ICronTrigger existing
            && existing.CronExpressionString == schedule.Cron
            && existing.TimeZone.Id == schedule.TimeZone
            && existing.MisfireInstruction == wanted.MisfireInstruction
            && existing.MisfireThreshold == trigger.MisfireThreshold
            && await _scheduler.GetJobDetail(jobKey, cancellationToken).ConfigureAwait(false) is { } storedJob
            && storedJob.JobDataMap.GetString(PipelineJob.PipelinePathKey) == pipeline.FilePath)
        {
            _logger.Information("Pipeline {Pipeline} already scheduled ({Cron}); next slot {Next}", pipeline.Name, schedule.Cron, existing.NextFireTimeUtc);
            return;
        }

        try
        {
            await _scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
        }
        catch (ObjectAlreadyExistsException)
        {
            // another node registered it at the same moment: theirs is the same schedule
        }

        _logger.Information("Scheduled {Pipeline} at '{Cron}' ({TimeZone}), misfire {Misfire} after {Threshold}", pipeline.Name, schedule.Cron, schedule.TimeZone, schedule.Misfire, schedule.MisfireThreshold);
    }
}
