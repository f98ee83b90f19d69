namespace Registry.Etl.Pipeline.Manifest;

/// <summary>
/// <c>manifest.json</c> beside a run's outputs (design.md "Contracts"). It holds nothing that varies
/// between two runs over the same inputs, specs and as-of date, so it is byte-identical like the data:
/// wall-clock timings live in <c>timings.json</c> beside it (named by <see cref="TimingsFile"/>) and in
/// the run catalog. Cache hits are not recorded here for the same reason.
/// </summary>
public sealed record RunManifest
{
    public const string CurrentFormat = "registry-etl/run-manifest@1";

    public string Format { get; init; } = CurrentFormat;

    public required string RunId { get; init; }

    public required string Pipeline { get; init; }

    /// <summary>yyyy-MM-dd.</summary>
    public required string AsOf { get; init; }

    public required string CodeVersion { get; init; }

    /// <summary><c>succeeded</c> or <c>data_problems</c>: only runs that publish have a manifest.</summary>
    public required string Status { get; init; }

    public required IReadOnlyList<ManifestStage> Stages { get; init; }

    public required IReadOnlyList<ManifestSpec> Specs { get; init; }

    public required IReadOnlyList<ManifestInput> Inputs { get; init; }

    public required IReadOnlyList<ManifestOutput> Outputs { get; init; }

    public required IReadOnlyList<ManifestProblem> Problems { get; init; }

    /// <summary>The file beside this one that holds the run's timings.</summary>
    public string TimingsFile { get; init; } = "timings.json";
}
