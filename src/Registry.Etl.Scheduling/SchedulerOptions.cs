namespace Registry.Etl.Scheduling;

/// <summary>How <c>registry-etl schedule</c> runs.</summary>
public sealed record SchedulerOptions
{
    /// <summary>PostgreSQL connection string of Quartz's clustered ADO.NET store; null = in-memory, one node.</summary>
    public string? StoreConnectionString { get; init; }

    /// <summary>PostgreSQL connection string of the run catalog; null = SQLite in each pipeline's state folder.</summary>
    public string? CatalogConnectionString { get; init; }

    /// <summary>This node's id in a cluster (unique per node); default host name + process id.</summary>
    public string InstanceId { get; init; } = $"{Environment.MachineName}-{Environment.ProcessId}";

    /// <summary>How often a clustered node records that it is alive.</summary>
    public TimeSpan CheckinInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long past a missed check-in the others wait before taking a node's work over.</summary>
    public TimeSpan CheckinMisfireThreshold { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>On shutdown, how long a running run may go on before it is cancelled (staging discarded).</summary>
    public TimeSpan GracePeriod { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Overrides every pipeline's output folder (tests, ad-hoc set-ups).</summary>
    public string? OutputDirectory { get; init; }
}
