using System.Globalization;
using Registry.Etl.Pipeline.Manifest;
using Registry.Etl.Pipeline.Stages;

namespace Registry.Etl.Pipeline.Running;

/// <summary>What the runner learns during one run; the material of the manifest, catalog and outcome.</summary>
internal sealed class RunState(RunRequest request, DateTimeOffset startedUtc, long startedTimestamp)
{
    public RunRequest Request { get; } = request;

    public DateTimeOffset StartedUtc { get; } = startedUtc;

    public long StartedTimestamp { get; } = startedTimestamp;

    public string AsOfText => Request.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public long CatalogKey { get; set; }

    public string? RunId { get; set; }

    public IReadOnlyList<InputFile> Inputs { get; set; } = [];

    public IReadOnlyList<SpecUse> Specs { get; set; } = [];

    /// <summary>Completed stages in order, with their results.</summary>
    public List<(string Name, StageResult Result)> Results { get; } = [];

    public List<StageTiming> Timings { get; } = [];

    public string? Staging { get; set; }

    public string? Published { get; set; }

    public RunManifest? Manifest { get; set; }

    public string? ManifestSha256 { get; set; }

    /// <summary>Per data file, the stage that declared it (filled while collecting outputs).</summary>
    public IReadOnlyList<ManifestOutput> Outputs { get; set; } = [];

    public RunStatus Status { get; set; } = RunStatus.Running;

    public Exception? Error { get; set; }

    /// <summary>Input results reported by stages, by "source/path"; the last stage to report a file wins.</summary>
    public Dictionary<string, InputFileResult> InputResults { get; } = new(StringComparer.Ordinal);
}
