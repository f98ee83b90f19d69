using Registry.Etl.Linkage.Data;

namespace Registry.Etl.Linkage.Comparisons;

/// <summary>Exact agreement: equal dictionary ids.</summary>
internal sealed class ExactTest(EncodedStrings values) : LevelTest
{
    public override bool Holds(int left, int right, ref PairCache cache)
    {
        var a = values.Left[left];
        return a >= 0 && a == values.Right[right];
    }
}
