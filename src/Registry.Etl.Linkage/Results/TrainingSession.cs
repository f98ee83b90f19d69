namespace Registry.Etl.Linkage.Results;

/// <summary>What one EM session did: its blocking rule, which comparisons it held fixed, how it converged.</summary>
public sealed record TrainingSession(
    string Rule,
    IReadOnlyList<string> FixedComparisons,
    long Pairs,
    long PairsUsed,
    int DistinctPatterns,
    double Lambda,
    int Iterations,
    bool Converged,
    IReadOnlyList<double> LogLikelihood);
