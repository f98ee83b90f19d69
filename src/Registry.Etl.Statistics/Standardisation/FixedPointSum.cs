namespace Registry.Etl.Statistics.Standardisation;

/// <summary>
/// An exact, order-independent sum of values in [0, 2^62) held as a 128-bit integer count of 2^-64 units.
/// </summary>
/// <remarks>
/// Floating-point addition is not associative, so a per-partition sum would change in the last bits with the
/// partitioning. Each term is rounded once to the nearest 2^-64 (≈ 5.4e-20 absolute) and integer addition is
/// exact, so compute(all) == combine(compute(parts)) holds bit for bit (conventions.md: accumulators merge),
/// and the same inputs give the same bytes however a run is split.
/// </remarks>
internal readonly record struct FixedPointSum(Int128 Units)
{
    private const double Scale = 18446744073709551616.0; // 2^64

    public static FixedPointSum Zero => default;

    public static FixedPointSum Of(double value)
    {
        if (!(value >= 0.0 && value < 4.611686018427387904e18))
        {
            Throw.ArgumentOutOfRange(nameof(value), $"A fixed-point term must be finite and in [0, 2^62); got {value}.");
        }

        // value · 2^64 is exact in binary floating point; rounding happens once, in the conversion.
        return new FixedPointSum((Int128)Math.Round(value * Scale, MidpointRounding.ToEven));
    }

    public double Value => (double)Units / Scale;

    public static FixedPointSum operator +(FixedPointSum left, FixedPointSum right) => new(left.Units + right.Units);

    public FixedPointSum Add(FixedPointSum other) => this + other;
}
