using Registry.Etl.Linkage.Data;

namespace Registry.Etl.Linkage.Comparisons;

/// <summary>|a - b| &lt;= tolerance, or &lt;= tolerance * max(|a|, |b|) when relative.</summary>
internal sealed class NumericWithinTest(NumberValues numbers, double tolerance, bool relative) : LevelTest
{
    public override bool Holds(int left, int right, ref PairCache cache)
    {
        var a = numbers.Left[left];
        var b = numbers.Right[right];
        if (double.IsNaN(a) || double.IsNaN(b))
        {
            return false;
        }

        var limit = relative ? tolerance * Math.Max(Math.Abs(a), Math.Abs(b)) : tolerance;
        return Math.Abs(a - b) <= limit + 1e-12;
    }
}
