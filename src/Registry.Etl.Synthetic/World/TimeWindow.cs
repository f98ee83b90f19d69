namespace Registry.Etl.Synthetic.World;

/// <summary>The data years of the world, with day numbers (<see cref="DateOnly.DayNumber"/>) and month indices.</summary>
internal sealed class TimeWindow
{
    public TimeWindow(int firstYear, int years)
    {
        FirstYear = firstYear;
        Years = years;
        FirstDay = new DateOnly(firstYear, 1, 1).DayNumber;
        LastDay = new DateOnly(firstYear + years - 1, 12, 31).DayNumber;
    }

    public int FirstYear { get; }

    public int Years { get; }

    public int LastYear => FirstYear + Years - 1;

    public int FirstDay { get; }

    public int LastDay { get; }

    public int Months => Years * 12;

    public int MonthIndex(int day)
    {
        var date = DateOnly.FromDayNumber(day);
        return (date.Year - FirstYear) * 12 + date.Month - 1;
    }

    public int MonthStart(int monthIndex)
    {
        var yearOffset = monthIndex >= 0 ? monthIndex / 12 : -((11 - monthIndex) / 12);
        return new DateOnly(FirstYear + yearOffset, monthIndex - yearOffset * 12 + 1, 1).DayNumber;
    }

    public int MonthDays(int monthIndex) => MonthStart(monthIndex + 1) - MonthStart(monthIndex);

    public static int Day(int year, int month, int day) => new DateOnly(year, month, day).DayNumber;

    public static int YearOf(int day) => DateOnly.FromDayNumber(day).Year;
}
