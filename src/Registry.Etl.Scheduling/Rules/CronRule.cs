using Quartz;
using Registry.Etl.Pipeline.Definition;

namespace Registry.Etl.Scheduling.Rules;

/// <summary>The cron expression parses as Quartz reads it (seconds first, '?' for one of the day fields).</summary>
internal sealed class CronRule : IPipelineRule
{
    public void Check(PipelineDefinition pipeline, ICollection<PipelineIssue> issues)
    {
        if (pipeline.Schedule is not { } schedule || schedule.Cron.Length == 0)
        {
            return;
        }

        try
        {
            _ = CronExpression.Parse(schedule.Cron);
        }
        catch (FormatException e)
        {
            issues.Add(new PipelineIssue(schedule.Location, "cron", PipelineIssueSeverity.Error,
                $"'{schedule.Cron}' is not a Quartz cron expression (sec min hour day-of-month month day-of-week [year]): {e.Message}"));
        }
    }
}
