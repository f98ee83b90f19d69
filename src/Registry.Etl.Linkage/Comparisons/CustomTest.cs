using Registry.Etl.Linkage.Data;

namespace Registry.Etl.Linkage.Comparisons;

/// <summary>A registered custom comparator on the level's column (as text).</summary>
internal sealed class CustomTest(EncodedStrings values, ICustomComparator comparator) : LevelTest
{
    public override bool Holds(int left, int right, ref PairCache cache)
    {
        var a = values.Left[left];
        var b = values.Right[right];
        return a >= 0 && b >= 0 && comparator.Matches(values.Values[a], values.Values[b]);
    }
}
