using Registry.Etl.Pipeline.Definition;

namespace Registry.Etl.Pipeline.Running;

/// <summary>One run to do: which pipeline, as of which date, published where, and why.</summary>
public sealed record RunRequest
{
    public required PipelineDefinition Pipeline { get; init; }

    /// <summary>The as-of date: with the inputs and specs, the only thing the published bytes depend on.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Overrides the pipeline's output folder (<c>--out</c>).</summary>
    public string? OutputDirectory { get; init; }

    public RunTrigger Trigger { get; init; } = RunTrigger.Manual;

    /// <summary>The scheduled fire time this run serves, for scheduled and recovery runs.</summary>
    public DateTimeOffset? SlotUtc { get; init; }

    /// <summary>Who runs it (scheduler instance id, or host name for manual runs).</summary>
    public string Node { get; init; } = Environment.MachineName;

    /// <summary>1 for the first attempt; retries of transient failures count up.</summary>
    public int Attempt { get; init; } = 1;

    /// <summary>How long to wait for another run holding the output folder before giving up (transient).</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromMinutes(5);

    public string EffectiveOutputDirectory => Path.GetFullPath(OutputDirectory ?? Pipeline.OutputDirectory);
}
