using Quartz;
using Registry.Etl.Scheduling.Jobs;

namespace Registry.Etl.Scheduling.Tests;

/// <summary>
/// A slot recovered by the clustered store carries only the original firing's actual time: the slot is the cron
/// trigger's last fire time at or before it, so the recovered run serves the same slot (and is skipped when that
/// slot was already published) instead of a slot a fraction of a second later.
/// </summary>
public sealed class RecoveredSlotTests
{
    [Fact]
    public void LastFireAtOrBefore_FiredAFractionLate_IsTheScheduledSlot()
    {
        var trigger = Cron("0/3 * * * * ?", TimeZoneInfo.Utc, new DateTimeOffset(2026, 12, 7, 0, 0, 0, TimeSpan.Zero));
        var slot = new DateTimeOffset(2026, 12, 7, 0, 29, 15, TimeSpan.Zero);

        Assert.Equal(slot, PipelineJob.LastFireAtOrBefore(trigger, slot.AddMilliseconds(297)));
        Assert.Equal(slot, PipelineJob.LastFireAtOrBefore(trigger, slot)); // fired on time
        Assert.Equal(slot, PipelineJob.LastFireAtOrBefore(trigger, slot.AddMilliseconds(2_999)));
    }

    [Fact]
    public void LastFireAtOrBefore_DailyInItsTimeZone_LooksBackFarEnough()
    {
        // 02:00 Amsterdam (CET, UTC+1) is 01:00 UTC; fired late, after the run before it
        var trigger = Cron("0 0 2 * * ?", TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"), new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2025, 1, 15, 1, 0, 0, TimeSpan.Zero), PipelineJob.LastFireAtOrBefore(trigger, new DateTimeOffset(2025, 1, 15, 3, 12, 5, TimeSpan.Zero)));
        Assert.Null(PipelineJob.LastFireAtOrBefore(trigger, new DateTimeOffset(2024, 12, 31, 0, 0, 0, TimeSpan.Zero))); // before the trigger starts
    }

    private static ICronTrigger Cron(string expression, TimeZoneInfo zone, DateTimeOffset start) =>
        (ICronTrigger)TriggerBuilder.Create()
            .WithIdentity("t")
            .StartAt(start)
            .WithCronSchedule(expression, c => c.InTimeZone(zone))
            .Build();
}
