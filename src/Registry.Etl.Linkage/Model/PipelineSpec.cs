namespace Registry.Etl.Linkage.Model;

/// <summary>
/// How the nightly pipeline's `link` stage feeds a model (the model's optional <c>pipeline</c> section;
/// `registry-etl link` ignores it): which sources are linked as the left input, one run per source,
/// against which source as the right input, and per left source which of its columns stands for a model
/// column whose standardised name differs (DHBA's procedure_date for DCRA's operation_date).
/// </summary>
public sealed record PipelineSpec
{
    /// <summary>Left sources (ingest artifacts), each linked on its own, with its own saved parameters.</summary>
    public required IReadOnlyList<string> Left { get; init; }

    /// <summary>The right source (link models); null for a dedupe model.</summary>
    public string? Right { get; init; }

    /// <summary>Per left source: model column -> that source's column, or null when the source has none (all missing).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>> Columns { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string?>>(StringComparer.Ordinal);

    /// <summary>
    /// Link models: read only the right records that share a deterministic or blocking key with some left
    /// record (<c>right_rows: blocked</c>), so a national register is never held whole; u probabilities and
    /// term frequencies are then estimated over those records. Default false (<c>right_rows: all</c>).
    /// </summary>
    public bool RightRowsBlocked { get; init; }
}
