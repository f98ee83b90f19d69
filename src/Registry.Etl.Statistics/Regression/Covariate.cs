namespace Registry.Etl.Statistics.Regression;

/// <summary>A named model covariate, one value per input row: <see cref="NumericCovariate"/> or <see cref="FactorCovariate"/>.</summary>
public abstract class Covariate
{
    private protected Covariate(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            Throw.Argument(nameof(name), "A covariate needs a name.");
        }

        Name = name;
    }

    /// <summary>The covariate's name (a dataset column, as the spec names it).</summary>
    public string Name { get; }

    /// <summary>The number of rows.</summary>
    public abstract int Count { get; }

    /// <summary>Whether row <paramref name="row"/> has a value (complete-case analysis drops rows where any is missing).</summary>
    public abstract bool HasValue(int row);
}
