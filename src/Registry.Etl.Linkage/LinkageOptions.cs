using Registry.Etl.Linkage.Comparisons;
using Registry.Etl.Linkage.Results;

namespace Registry.Etl.Linkage;

/// <summary>How one linkage run is carried out (the model says what is linked and how).</summary>
public sealed record LinkageOptions
{
    /// <summary>Saved parameters to score with instead of training; must be for the same model (hash).</summary>
    public LinkageParameters? Parameters { get; init; }

    /// <summary>Train even when <see cref="Parameters"/> are given.</summary>
    public bool Retrain { get; init; }

    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    public ComparatorRegistry Comparators { get; init; } = ComparatorRegistry.CreateDefault();

    /// <summary>
    /// Link mode: per right row, whether random pairs for u may draw it (null: every right row). A caller that
    /// reads only the blocked part of a large right input adds a uniform sample of the whole input and
    /// marks it here, so u still describes random pairs of the whole input.
    /// </summary>
    public IReadOnlyList<bool>? USampleRight { get; init; }

    /// <summary>
    /// Link mode: encodings of the right table's columns shared by the runs of a model over several left inputs
    /// against the same right table (the results are the same with or without it; it saves re-encoding the right
    /// rows per left input). Null: nothing shared.
    /// </summary>
    public RightInputCache? RightCache { get; init; }

    /// <summary>Progress messages (counts, never record values).</summary>
    public Action<string>? Log { get; init; }
}
