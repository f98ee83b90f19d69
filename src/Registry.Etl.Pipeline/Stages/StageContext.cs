using Registry.Etl.Pipeline.Caching;
using Registry.Etl.Pipeline.Definition;
using Serilog;

namespace Registry.Etl.Pipeline.Stages;

/// <summary>Everything a stage may use during a run. Built by the runner, one per stage.</summary>
public sealed class StageContext
{
    private readonly Action<StageProgress> _progress;

    internal StageContext(
        string runId,
        PipelineDefinition pipeline,
        DateOnly asOf,
        StageDeclaration declaration,
        string dataDirectory,
        IReadOnlyList<InputFile> inputFiles,
        IReadOnlyDictionary<string, StageResult> earlierResults,
        StageArtifacts artifacts,
        IngestCache ingestCache,
        ILogger logger,
        Action<StageProgress> progress)
    {
        RunId = runId;
        Pipeline = pipeline;
        AsOf = asOf;
        Declaration = declaration;
        DataDirectory = dataDirectory;
        InputFiles = inputFiles;
        EarlierResults = earlierResults;
        Artifacts = artifacts;
        IngestCache = ingestCache;
        Logger = logger;
        _progress = progress;
    }

    /// <summary>Deterministic id of this run (pipeline, as-of date, code, specs, input checksums).</summary>
    public string RunId { get; }

    public PipelineDefinition Pipeline { get; }

    /// <summary>The date the run is "as of": the only notion of time a stage may let into its outputs.</summary>
    public DateOnly AsOf { get; }

    /// <summary>This stage's entry in the pipeline file, with its options.</summary>
    public StageDeclaration Declaration { get; }

    /// <summary>The run's staging data folder: write outputs below it (it becomes <c>runs/&lt;id&gt;/data</c>).</summary>
    public string DataDirectory { get; }

    /// <summary>Every export file of every source, fingerprinted, in source then ordinal path order.</summary>
    public IReadOnlyList<InputFile> InputFiles { get; }

    /// <summary>Results of the stages that ran before this one, by stage name.</summary>
    public IReadOnlyDictionary<string, StageResult> EarlierResults { get; }

    public StageArtifacts Artifacts { get; }

    /// <summary>The incremental-ingest cache (sha256 + contract version -> standardised files).</summary>
    public IngestCache IngestCache { get; }

    /// <summary>Logger with RunId and Stage properties; never log identifying values.</summary>
    public ILogger Logger { get; }

    public IEnumerable<InputFile> InputsOf(string source) => InputFiles.Where(f => f.Source == source);

    /// <summary>Full path of an output under the data folder, creating its folder. <paramref name="relativePath"/> uses '/'.</summary>
    public string OutputPath(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var full = Path.GetFullPath(Path.Combine(DataDirectory, relativePath));
        if (!full.StartsWith(Path.TrimEndingDirectorySeparator(DataDirectory) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            Core.Throw.Argument($"Output '{relativePath}' is outside the run's data folder.", nameof(relativePath));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return full;
    }

    public void ReportProgress(double fraction, string? message = null) =>
        _progress(new StageProgress(Math.Clamp(fraction, 0, 1), message));
}
