using Registry.Etl.Linkage.Data;

namespace Registry.Etl.Linkage.Comparisons;

/// <summary>
/// A level's test narrowed to pairs in which the rarer of the two values occurs at most a given number of
/// times in the inputs (level option rare_max_count): a spelling seen once next to a common name is
/// likely a typo of it, while two common names one edit apart (UWE/UTE, SCHMIDT/SCHMITT) are different names.
/// </summary>
internal sealed class RareValueTest(LevelTest inner, EncodedStrings values, int maxCount) : LevelTest
{
    public override bool Holds(int left, int right, ref PairCache cache)
    {
        var a = values.Left[left];
        var b = values.Right[right];
        if (a < 0 || b < 0 || Math.Min(values.Counts[a], values.Counts[b]) > maxCount)
        {
            return false;
        }

        return inner.Holds(left, right, ref cache);
    }
}
