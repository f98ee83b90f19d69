using Registry.Etl.Core.Errors;

namespace Registry.Etl.Pipeline.Definition;

/// <summary>When a pipeline runs by itself (see Registry.Etl.Scheduling).</summary>
/// <param name="Cron">Quartz cron expression: seconds minutes hours day-of-month month day-of-week [year].</param>
/// <param name="TimeZone">IANA time zone id the cron is read in (default Europe/Amsterdam).</param>
/// <param name="Misfire">What to do after downtime.</param>
/// <param name="MisfireThreshold">How late a slot may still fire as itself before it counts as missed.</param>
/// <param name="Retry">Retries of transient failures.</param>
/// <param name="Location">Where the schedule was declared.</param>
public sealed record ScheduleDefinition(
    string Cron,
    string TimeZone,
    MisfirePolicy Misfire,
    TimeSpan MisfireThreshold,
    RetryDefinition Retry,
    SourceLocation Location)
{
    public const string DefaultTimeZone = "Europe/Amsterdam";
}
