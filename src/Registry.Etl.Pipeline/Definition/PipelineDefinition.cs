using Registry.Etl.Core.Errors;

namespace Registry.Etl.Pipeline.Definition;

/// <summary>
/// A pipeline file as read: what to run, on which exports, with which pinned specs, where to publish.
/// Paths are absolute (resolved against the pipeline file's folder) so stages never guess a base.
/// The reference of the file format is <c>pipelines/README.md</c>.
/// </summary>
public sealed record PipelineDefinition
{
    /// <summary>The pipeline's name: part of run ids, catalog rows and Quartz job keys.</summary>
    public required string Name { get; init; }

    /// <summary>Absolute path of the file this was read from.</summary>
    public required string FilePath { get; init; }

    public string? Description { get; init; }

    public ScheduleDefinition? Schedule { get; init; }

    public required IReadOnlyList<SourceDefinition> Sources { get; init; }

    /// <summary>Linkage model files (absolute paths), in declaration order.</summary>
    public required IReadOnlyList<LinkageModelReference> LinkageModels { get; init; }

    /// <summary>The indicator set, each pinned as <c>id@version</c>.</summary>
    public required IReadOnlyList<IndicatorPin> Indicators { get; init; }

    /// <summary>The stages in the order they run.</summary>
    public required IReadOnlyList<StageDeclaration> Stages { get; init; }

    /// <summary>Where published runs and the <c>current</c> pointer live.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>Catalog, ingest cache and logs.</summary>
    public required string StateDirectory { get; init; }

    public required RetentionPolicy Retention { get; init; }

    public required QualityPolicy Quality { get; init; }

    /// <summary>Where <see cref="Name"/> was written, for messages about the pipeline as a whole.</summary>
    public SourceLocation Location { get; init; }
}
