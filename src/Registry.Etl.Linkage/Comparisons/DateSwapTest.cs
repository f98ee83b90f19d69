using Registry.Etl.Linkage.Data;

namespace Registry.Etl.Linkage.Comparisons;

/// <summary>Same year, with day and month exchanged (a written 03-07 read as 07-03); day = month is not a swap.</summary>
internal sealed class DateSwapTest(DateValues dates) : LevelTest
{
    public override bool Holds(int left, int right, ref PairCache cache)
    {
        var a = dates.LeftYmd[left];
        var b = dates.RightYmd[right];
        if (a < 0 || b < 0 || a / 10000 != b / 10000)
        {
            return false;
        }

        int am = a / 100 % 100, ad = a % 100, bm = b / 100 % 100, bd = b % 100;
        return am != ad && am == bd && ad == bm;
    }
}
