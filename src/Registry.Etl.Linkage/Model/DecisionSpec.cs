namespace Registry.Etl.Linkage.Model;

/// <summary>Thresholds, constraint and clustering that turn scored pairs into decisions.</summary>
public sealed record DecisionSpec
{
    /// <summary>A pair is a match at or above this match probability.</summary>
    public double MatchProbability { get; init; } = 0.5;

    /// <summary>Pairs at or above this probability and below the match threshold go to clerical review.</summary>
    public double ReviewProbability { get; init; } = 0.05;

    /// <summary>Pairs below this probability are not written to the pairs output (they still count in diagnostics).</summary>
    public double OutputProbability { get; init; } = 0.01;

    /// <summary>Each record is matched at most once, greedily by weight (link: one left to one right; dedupe: pairs only).</summary>
    public bool OneToOne { get; init; }

    public ClusteringMethod Clustering { get; init; } = ClusteringMethod.ConnectedComponents;
}
