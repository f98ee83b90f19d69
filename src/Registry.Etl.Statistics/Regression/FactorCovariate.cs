namespace Registry.Etl.Statistics.Regression;

/// <summary>
/// A categorical covariate, dummy (treatment) coded against a named reference level: one 0/1 column per other
/// level, as R's <c>contr.treatment</c>. A null value is missing.
/// </summary>
/// <remarks>
/// The levels are <paramref name="levels"/> in the given order when given (each must then occur among the
/// complete cases), otherwise the distinct values of the complete cases in ordinal string order. The order only
/// decides the order of the coefficients. A value outside the given levels is an error, never a silent
/// missing value.
/// </remarks>
/// <example><c>new FactorCovariate("extent", extents, referenceLevel: "1", levels: ["1", "2", "3", "4"])</c></example>
public sealed class FactorCovariate : Covariate
{
    private readonly string?[] _values;

    /// <summary>Wraps <paramref name="values"/> (copied).</summary>
    public FactorCovariate(string name, IReadOnlyList<string?> values, string referenceLevel, IReadOnlyList<string>? levels = null)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentException.ThrowIfNullOrEmpty(referenceLevel);
        _values = [.. values];
        ReferenceLevel = referenceLevel;
        if (levels is not null)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var level in levels)
            {
                if (!set.Add(level))
                {
                    Throw.Argument(nameof(levels), $"Factor '{name}' lists level '{level}' twice.");
                }
            }

            if (!set.Contains(referenceLevel))
            {
                Throw.Argument(nameof(referenceLevel), $"Factor '{name}': reference level '{referenceLevel}' is not among its levels.");
            }

            for (var i = 0; i < _values.Length; i++)
            {
                if (_values[i] is { } v && !set.Contains(v))
                {
                    Throw.Argument(nameof(values), $"Factor '{name}' row {i} has level '{v}', which is not among its declared levels.");
                }
            }

            DeclaredLevels = [.. levels];
        }
    }

    /// <summary>The reference level (absorbed in the intercept).</summary>
    public string ReferenceLevel { get; }

    /// <summary>The declared level order, or null when levels come from the data.</summary>
    public IReadOnlyList<string>? DeclaredLevels { get; }

    /// <summary>The values (null = missing).</summary>
    public IReadOnlyList<string?> Values => _values;

    /// <inheritdoc/>
    public override int Count => _values.Length;

    /// <inheritdoc/>
    public override bool HasValue(int row) => _values[row] is not null;
}
