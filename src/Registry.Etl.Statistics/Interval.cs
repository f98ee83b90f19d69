namespace Registry.Etl.Statistics;

/// <summary>A closed interval [Lower, Upper]; either bound may be infinite or NaN where a method says so.</summary>
public readonly record struct Interval(double Lower, double Upper)
{
    /// <summary>True when <paramref name="value"/> lies in [Lower, Upper].</summary>
    public bool Contains(double value) => value >= Lower && value <= Upper;
}
