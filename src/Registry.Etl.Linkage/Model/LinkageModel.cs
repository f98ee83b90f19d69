namespace Registry.Etl.Linkage.Model;

/// <summary>
/// A linkage model as written in <c>pipelines/linkage/*.yaml</c> (see the README there): which columns are
/// compared and how, how candidate pairs are found, how the model is trained and how decisions are made.
/// </summary>
public sealed record LinkageModel
{
    public required string Name { get; init; }

    public LinkType LinkType { get; init; } = LinkType.Dedupe;

    /// <summary>Column holding the record id written to outputs (null: the 0-based row number).</summary>
    public ColumnRef? UniqueId { get; init; }

    public IReadOnlyList<DeterministicRuleSpec> Deterministic { get; init; } = [];

    public required IReadOnlyList<BlockingRuleSpec> Blocking { get; init; }

    public required IReadOnlyList<ComparisonSpec> Comparisons { get; init; }

    public TrainingSpec Training { get; init; } = new();

    public DecisionSpec Decision { get; init; } = new();

    /// <summary>How the pipeline's `link` stage feeds the model (null: the model is for the command line only).</summary>
    public PipelineSpec? Pipeline { get; init; }

    /// <summary>The training sessions in force: those given, or one per blocking rule.</summary>
    public IReadOnlyList<BlockingRuleSpec> EmSessions => Training.EmSessions.Count > 0 ? Training.EmSessions : Blocking;

    /// <summary>
    /// SHA-256 (hex) of what the trained parameters depend on: comparisons, levels and link type. A saved
    /// parameter file is reused only for a model with the same hash.
    /// </summary>
    public string ParameterHash()
    {
        var text = new System.Text.StringBuilder();
        text.Append(LinkType).Append('\n');
        foreach (var c in Comparisons)
        {
            text.Append(c.Name).Append('|').Append(c.Column).Append('|').Append(string.Join(',', c.NullColumns)).Append('|').Append(c.NullOnlyWhenBoth).Append('\n');
            foreach (var l in c.Levels)
            {
                text.Append("  ").Append(l.Canonical()).Append('\n');
            }
        }

        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString()));
        return Convert.ToHexStringLower(hash);
    }
}
