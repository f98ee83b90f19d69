namespace Registry.Etl.Statistics.Regression;

/// <summary>A covariate entering the model linearly as one column; NaN marks a missing value.</summary>
/// <example><c>new NumericCovariate("age", ages)</c></example>
public sealed class NumericCovariate : Covariate
{
    private readonly double[] _values;

    /// <summary>Wraps <paramref name="values"/> (copied); NaN = missing, ±∞ is rejected.</summary>
    public NumericCovariate(string name, ReadOnlySpan<double> values)
        : base(name)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (double.IsInfinity(values[i]))
            {
                Throw.Argument(nameof(values), $"Covariate '{name}' row {i} is infinite.");
            }
        }

        _values = values.ToArray();
    }

    /// <inheritdoc/>
    public override int Count => _values.Length;

    /// <summary>The values (NaN = missing).</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <inheritdoc/>
    public override bool HasValue(int row) => !double.IsNaN(_values[row]);
}
