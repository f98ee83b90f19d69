using Registry.Etl.Linkage.Data;

namespace Registry.Etl.Linkage.Comparisons;

/// <summary>The first <c>length</c> characters agree (as SQL substr(x, 1, k) = substr(y, 1, k)).</summary>
internal sealed class PrefixTest(EncodedStrings values, int length) : LevelTest
{
    public override bool Holds(int left, int right, ref PairCache cache)
    {
        var a = values.Left[left];
        var b = values.Right[right];
        if (a < 0 || b < 0)
        {
            return false;
        }

        if (a == b)
        {
            return true;
        }

        var sa = values.Values[a].AsSpan();
        var sb = values.Values[b].AsSpan();
        return sa[..Math.Min(length, sa.Length)].SequenceEqual(sb[..Math.Min(length, sb.Length)]);
    }
}
