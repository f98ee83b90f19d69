using Registry.Etl.Linkage.Model;

namespace Registry.Etl.Linkage.Results;

/// <summary>Everything one run produces: parameters (trained or reused), pairs, clusters, diagnostics.</summary>
public sealed record LinkageResult
{
    public required LinkageModel Model { get; init; }

    public required LinkageParameters Parameters { get; init; }

    /// <summary>True when this run trained the parameters, false when it reused saved ones.</summary>
    public bool Trained { get; init; }

    public required int LeftCount { get; init; }

    /// <summary>Rows of the right input (dedupe: the same as <see cref="LeftCount"/>).</summary>
    public required int RightCount { get; init; }

    public bool IsDedupe => Model.LinkType == LinkType.Dedupe;

    public required ScoredPairs Pairs { get; init; }

    /// <summary>Cluster id per left row: the smallest node index in its cluster (left rows are nodes 0..L-1).</summary>
    public required int[] LeftCluster { get; init; }

    /// <summary>Cluster id per right row (link: right rows are nodes L..L+R-1; dedupe: same as <see cref="LeftCluster"/>).</summary>
    public required int[] RightCluster { get; init; }

    public required LinkageDiagnostics Diagnostics { get; init; }

    /// <summary>Elapsed milliseconds per phase (for benchmarks; never written to data outputs).</summary>
    public IReadOnlyDictionary<string, long> Timings { get; init; } = new Dictionary<string, long>();
}
