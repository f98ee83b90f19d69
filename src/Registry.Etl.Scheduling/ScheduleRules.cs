using Registry.Etl.Pipeline.Definition;
using Registry.Etl.Scheduling.Rules;

namespace Registry.Etl.Scheduling;

/// <summary>The linter rules only the scheduler can check (it owns Quartz's cron parser).</summary>
public static class ScheduleRules
{
    public static IReadOnlyList<IPipelineRule> All { get; } = [new CronRule(), new TimeZoneRule()];
}
