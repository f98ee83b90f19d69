namespace Registry.Etl.Statistics.Standardisation;

/// <summary>
/// The mergeable counting part of indirect standardisation for one unit (hospital, period, …): n, the observed
/// count O = Σy, the expected count E = Σp̂ and its binomial variance var_E = Σp̂(1 − p̂).
/// </summary>
/// <remarks>
/// An immutable accumulator: <c>counts = counts.Add(y, p)</c> per patient, <c>a + b</c> to merge partitions.
/// E and var_E are summed exactly in fixed point (2^-64 units), so the result does not depend on the order of
/// rows or on how they were partitioned (conventions.md; Math.NET <c>RunningStatistics.Combine</c>). Without
/// a model (crude proportions) add with p̂ = 0 or use <see cref="N"/> and <see cref="Observed"/> alone.
/// </remarks>
public readonly struct ObservedExpectedCounts : IEquatable<ObservedExpectedCounts>
{
    private readonly FixedPointSum _expected;
    private readonly FixedPointSum _variance;

    private ObservedExpectedCounts(long n, long observed, FixedPointSum expected, FixedPointSum variance)
    {
        N = n;
        Observed = observed;
        _expected = expected;
        _variance = variance;
    }

    /// <summary>No patients.</summary>
    public static ObservedExpectedCounts Empty => default;

    /// <summary>n: the number of patients (the denominator).</summary>
    public long N { get; }

    /// <summary>O = Σy: the observed number of events.</summary>
    public long Observed { get; }

    /// <summary>E = Σp̂: the expected number of events under the reference (case-mix) model.</summary>
    public double Expected => _expected.Value;

    /// <summary>var_E = Σp̂(1 − p̂): the variance of O under the model, for the binomial z-score.</summary>
    public double VarianceExpected => _variance.Value;

    /// <summary>Adds one patient with outcome <paramref name="outcome"/> and predicted probability <paramref name="expectedProbability"/> in [0, 1].</summary>
    public ObservedExpectedCounts Add(bool outcome, double expectedProbability)
    {
        if (!(expectedProbability >= 0.0 && expectedProbability <= 1.0))
        {
            Throw.ArgumentOutOfRange(nameof(expectedProbability), $"A predicted probability lies in [0, 1]; got {expectedProbability}.");
        }

        return new ObservedExpectedCounts(
            N + 1,
            Observed + (outcome ? 1 : 0),
            _expected + FixedPointSum.Of(expectedProbability),
            _variance + FixedPointSum.Of(expectedProbability * (1.0 - expectedProbability)));
    }

    /// <summary>Merges two partitions.</summary>
    public static ObservedExpectedCounts operator +(ObservedExpectedCounts left, ObservedExpectedCounts right) => new(
        left.N + right.N,
        left.Observed + right.Observed,
        left._expected + right._expected,
        left._variance + right._variance);

    /// <summary>Merges two partitions (named alternative to <c>+</c>).</summary>
    public ObservedExpectedCounts Combine(ObservedExpectedCounts other) => this + other;

    public static bool operator ==(ObservedExpectedCounts left, ObservedExpectedCounts right) => left.Equals(right);

    public static bool operator !=(ObservedExpectedCounts left, ObservedExpectedCounts right) => !left.Equals(right);

    public bool Equals(ObservedExpectedCounts other) =>
        N == other.N && Observed == other.Observed && _expected == other._expected && _variance == other._variance;

    public override bool Equals(object? obj) => obj is ObservedExpectedCounts other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(N, Observed, _expected, _variance);

    public override string ToString() =>
        FormattableString.Invariant($"n={N} O={Observed} E={Expected:R} var_E={VarianceExpected:R}");
}
