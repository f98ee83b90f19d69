namespace Registry.Etl.Linkage.Training;

/// <summary>Distinct comparison patterns and how many pairs had each: all EM needs, whatever the number of pairs.</summary>
internal sealed class PatternCounts(int[] patterns, double[] counts)
{
    public int[] Patterns { get; } = patterns;

    public double[] Counts { get; } = counts;

    public int Distinct => Patterns.Length;

    public double Total => Counts.Sum();
}
