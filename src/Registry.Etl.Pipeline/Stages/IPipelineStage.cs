namespace Registry.Etl.Pipeline.Stages;

/// <summary>
/// One step of a pipeline run (ingest, link, datasets, indicators, ...). A stage reads the run's inputs
/// and earlier stages' outputs, writes its own files under <see cref="StageContext.DataDirectory"/> (the
/// run's staging area, never the published folder) and says what it read and wrote in its
/// <see cref="StageResult"/>. The runner hashes, publishes and catalogues; a stage never does.
/// </summary>
/// <remarks>
/// Rules a stage keeps so a run stays reproducible and crash-safe: the bytes it writes depend only on
/// inputs, specs, options and <see cref="StageContext.AsOf"/> (no clock, no unordered iteration, no
/// machine paths); it writes only below <see cref="StageContext.DataDirectory"/>; it declares every file
/// it wrote in <see cref="StageResult.Outputs"/> (undeclared files fail the run); bad rows are counted
/// in <see cref="StageResult.Inputs"/>, and exceptions are for bugs and infrastructure.
/// </remarks>
public interface IPipelineStage
{
    /// <summary>The name the pipeline file uses for this stage.</summary>
    string Name { get; }

    /// <summary>Names of earlier stages whose outputs this stage reads; the runner checks the order.</summary>
    IReadOnlyList<string> Inputs { get; }

    Task<StageResult> RunAsync(StageContext context, CancellationToken cancellationToken);
}
