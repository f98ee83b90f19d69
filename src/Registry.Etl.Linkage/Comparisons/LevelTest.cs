namespace Registry.Etl.Linkage.Comparisons;

/// <summary>The compiled test of one declared level; both values of the comparison's column are non-null.</summary>
internal abstract class LevelTest
{
    /// <param name="left">Row in the left input.</param>
    /// <param name="right">Row in the right input.</param>
    /// <param name="cache">Measures already computed for this pair on the comparison's column.</param>
    public abstract bool Holds(int left, int right, ref PairCache cache);
}
