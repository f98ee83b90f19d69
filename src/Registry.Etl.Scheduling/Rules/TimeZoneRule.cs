using Registry.Etl.Pipeline.Definition;

namespace Registry.Etl.Scheduling.Rules;

/// <summary>The schedule's time zone is a known IANA id (the cron is read in it, summer time included).</summary>
internal sealed class TimeZoneRule : IPipelineRule
{
    public void Check(PipelineDefinition pipeline, ICollection<PipelineIssue> issues)
    {
        if (pipeline.Schedule is not { } schedule)
        {
            return;
        }

        try
        {
            _ = TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZone);
        }
        catch (TimeZoneNotFoundException)
        {
            issues.Add(new PipelineIssue(schedule.Location, "time-zone", PipelineIssueSeverity.Error,
                $"Time zone '{schedule.TimeZone}' is unknown; use an IANA id such as Europe/Amsterdam."));
        }
    }
}
