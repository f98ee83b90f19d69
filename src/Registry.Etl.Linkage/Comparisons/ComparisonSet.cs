using Registry.Etl.Core;

namespace Registry.Etl.Linkage.Comparisons;

/// <summary>
/// All comparisons of a model; a pair's levels are packed into one mixed-radix pattern code, so comparison
/// vectors aggregate into counts per distinct pattern.
/// </summary>
internal sealed class ComparisonSet
{
    public ComparisonSet(CompiledComparison[] comparisons)
    {
        Comparisons = comparisons;
        Multiplier = new int[comparisons.Length];
        long product = 1;
        for (var c = 0; c < comparisons.Length; c++)
        {
            Multiplier[c] = (int)product;
            product *= comparisons[c].LevelCount;
            if (product > int.MaxValue)
            {
                Throw.Configuration($"The model has more than {int.MaxValue} combinations of comparison levels; merge levels or comparisons.");
            }
        }

        PatternCount = (int)product;
    }

    public CompiledComparison[] Comparisons { get; }

    public int Count => Comparisons.Length;

    public int[] Multiplier { get; }

    public int PatternCount { get; }

    public int Pattern(int left, int right)
    {
        var code = 0;
        var comparisons = Comparisons;
        for (var c = 0; c < comparisons.Length; c++)
        {
            code += comparisons[c].Level(left, right) * Multiplier[c];
        }

        return code;
    }

    public int LevelOf(int pattern, int comparison) => pattern / Multiplier[comparison] % Comparisons[comparison].LevelCount;

    /// <summary>Sum of the term-frequency residuals of the pair's levels (see <see cref="CompiledComparison.TfResidual"/>).</summary>
    public float TfResidual(int left, int right, int pattern)
    {
        double sum = 0;
        for (var c = 0; c < Comparisons.Length; c++)
        {
            var level = LevelOf(pattern, c);
            if (Comparisons[c].HasTermFrequency(level))
            {
                sum += Comparisons[c].TfResidual(left, right, level);
            }
        }

        return (float)sum;
    }

    public bool AnyTermFrequency()
    {
        foreach (var c in Comparisons)
        {
            for (var l = 0; l < c.LevelCount; l++)
            {
                if (c.HasTermFrequency(l))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
