namespace Registry.Etl.Linkage.Data;

/// <summary>A column of both inputs as numbers; NaN where null or not a number.</summary>
internal sealed class NumberValues(double[] left, double[] right)
{
    public double[] Left { get; } = left;

    public double[] Right { get; } = right;
}
