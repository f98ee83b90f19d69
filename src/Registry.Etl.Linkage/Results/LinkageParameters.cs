namespace Registry.Etl.Linkage.Results;

/// <summary>
/// A trained Fellegi-Sunter model: prior match probability and m/u per comparison level, tied to the model
/// it was trained for by <see cref="ModelHash"/>. Saved after training and reused (see <see cref="LinkageParametersJson"/>).
/// </summary>
public sealed record LinkageParameters(string ModelName, string ModelHash, double Lambda, IReadOnlyList<ComparisonParameters> Comparisons)
{
    /// <summary>Random pairs the u estimates came from.</summary>
    public long USampledPairs { get; init; }

    public IReadOnlyList<TrainingSession> Sessions { get; init; } = [];

    /// <summary>Outer rounds of (EM, prior, u correction) until u stopped moving.</summary>
    public int Rounds { get; init; }
}
