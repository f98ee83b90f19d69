namespace Registry.Etl.Pipeline.Stages;

/// <summary>
/// What a stage reports: the numbers behind the manifest, the catalog and the end-of-run summary.
/// </summary>
public sealed record StageResult
{
    public static StageResult Empty { get; } = new();

    /// <summary>Per export file: rows read, accepted and quarantined (ingest reports these).</summary>
    public IReadOnlyList<InputFileResult> Inputs { get; init; } = [];

    /// <summary>Every file the stage wrote, relative to the data folder, with its row count.</summary>
    public IReadOnlyList<StageOutput> Outputs { get; init; } = [];

    /// <summary>Named counts for the summary (see <see cref="StageMetricNames"/>).</summary>
    public IReadOnlyList<StageMetric> Metrics { get; init; } = [];

    /// <summary>Specs, contracts and models the stage used, with their versions.</summary>
    public IReadOnlyList<SpecUse> Specs { get; init; } = [];

    /// <summary>Problems with the data that do not stop the run but make its exit code 1.</summary>
    public IReadOnlyList<DataProblem> Problems { get; init; } = [];
}
