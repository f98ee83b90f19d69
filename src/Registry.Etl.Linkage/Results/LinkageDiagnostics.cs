namespace Registry.Etl.Linkage.Results;

/// <summary>
/// What the model says about its own result. With p_i the match probability of candidate pair i:
/// expected true positives = sum of p_i over accepted matches, expected false positives = sum of (1 - p_i)
/// over them; the expected number of true matches in the population is lambda times all pairs (so matches
/// that blocking never proposed count as misses). Estimated precision = E[TP] / matches, estimated
/// recall = E[TP] / (lambda N) plus the deterministic links on both sides. These are model-based
/// (they assume the fitted Fellegi-Sunter model), not measured against truth.
/// </summary>
public sealed record LinkageDiagnostics
{
    /// <summary>All pairs of the population the probabilistic stage ran on (dedupe n(n-1)/2, link nL*nR).</summary>
    public double AllPairs { get; init; }

    /// <summary>Distinct candidate pairs (union of the blocking rules) that were scored.</summary>
    public long CandidatePairs { get; init; }

    public IReadOnlyList<RuleCount> Rules { get; init; } = [];

    public IReadOnlyList<RuleCount> DeterministicLinks { get; init; } = [];

    public required WeightHistogram Histogram { get; init; }

    public long Matches { get; init; }

    public long ReviewPairs { get; init; }

    public int Clusters { get; init; }

    public double ExpectedTruePositives { get; init; }

    public double ExpectedFalsePositives { get; init; }

    /// <summary>Sum of match probabilities over all candidate pairs.</summary>
    public double ExpectedMatchesAmongCandidates { get; init; }

    /// <summary>lambda times all pairs: the model's count of true matches, found by blocking or not.</summary>
    public double ExpectedMatchesInPopulation { get; init; }

    public double EstimatedPrecision { get; init; }

    public double EstimatedRecall { get; init; }
}
