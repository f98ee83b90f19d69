namespace Registry.Etl.Pipeline.Definition;

/// <summary>What a schedule does with slots missed for longer than its misfire threshold.</summary>
public enum MisfirePolicy
{
    /// <summary>Run once, now, however many slots were missed (Quartz cron FireOnceNow). The default.</summary>
    FireOnceNow,

    /// <summary>Skip the missed slots and wait for the next one (Quartz cron DoNothing).</summary>
    DoNothing,
}
