namespace Registry.Etl.Linkage.Model;

/// <summary>How the Fellegi-Sunter parameters are estimated.</summary>
public sealed record TrainingSpec
{
    /// <summary>Random pairs drawn to estimate u (all pairs when there are fewer).</summary>
    public long UMaxPairs { get; init; } = 1_000_000;

    /// <summary>Seed of every random choice (u sampling, EM subsampling): same seed, same parameters.</summary>
    public ulong Seed { get; init; } = 42;

    /// <summary>EM training sessions, each a blocking rule; empty means one session per blocking rule.</summary>
    public IReadOnlyList<BlockingRuleSpec> EmSessions { get; init; } = [];

    /// <summary>Pairs of one EM session above which a deterministic random subsample is used.</summary>
    public long EmMaxPairs { get; init; } = 5_000_000;

    public int EmMaxIterations { get; init; } = 100;

    /// <summary>EM stops when no m (and not lambda) moves by more than this.</summary>
    public double EmTolerance { get; init; } = 1e-6;

    /// <summary>A fixed prior match probability instead of estimating it (null: estimate).</summary>
    public double? Prior { get; init; }

    /// <summary>
    /// Remove the expected share of true matches from the randomly sampled u (u' = (u - lambda m)/(1 - lambda)),
    /// which matters in dedupe data with many duplicates, where random pairs are not all non-matches.
    /// </summary>
    public bool CorrectUForMatches { get; init; } = true;
}
