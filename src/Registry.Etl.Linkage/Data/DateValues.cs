namespace Registry.Etl.Linkage.Data;

/// <summary>
/// A column of both inputs as dates: days since 1970-01-01 where the value is a real date, and the
/// year/month/day digits as written (yyyymmdd as an integer) even when they are not a real date
/// (a day/month swap of 12-31 gives month 31), so swaps can still be recognised.
/// </summary>
internal sealed class DateValues(int[] leftDays, int[] rightDays, int[] leftYmd, int[] rightYmd)
{
    public const int NoDate = int.MinValue;

    public int[] LeftDays { get; } = leftDays;

    public int[] RightDays { get; } = rightDays;

    /// <summary>y*10000 + m*100 + d, or -1 when the value has no date shape.</summary>
    public int[] LeftYmd { get; } = leftYmd;

    public int[] RightYmd { get; } = rightYmd;
}
