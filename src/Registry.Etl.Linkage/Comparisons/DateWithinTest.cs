using Registry.Etl.Linkage.Data;

namespace Registry.Etl.Linkage.Comparisons;

/// <summary>Both values are real dates at most <c>days</c> apart.</summary>
internal sealed class DateWithinTest(DateValues dates, int days) : LevelTest
{
    public override bool Holds(int left, int right, ref PairCache cache)
    {
        var a = dates.LeftDays[left];
        var b = dates.RightDays[right];
        return a != DateValues.NoDate && b != DateValues.NoDate && Math.Abs((long)a - b) <= days;
    }
}
