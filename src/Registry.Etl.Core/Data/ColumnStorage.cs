namespace Registry.Etl.Core.Data;

/// <summary>How each <see cref="ColumnKind"/> is stored in memory, and the date and time conversions.</summary>
public static class ColumnStorage
{
    private const int EpochDayNumber = 719162; // DateOnly(1970, 1, 1).DayNumber

    public static Type ClrType(ColumnKind kind) => kind switch
    {
        ColumnKind.Boolean => typeof(bool),
        ColumnKind.Int32 => typeof(int),
        ColumnKind.Int64 => typeof(long),
        ColumnKind.Double => typeof(double),
        ColumnKind.Decimal => typeof(decimal),
        ColumnKind.String => typeof(string),
        ColumnKind.Date => typeof(int),
        ColumnKind.Timestamp => typeof(long),
        _ => Throw.InvalidOperation<Type>($"Unknown column kind {kind}."),
    };

    /// <summary>Days since 1970-01-01.</summary>
    public static int ToDays(DateOnly date) => date.DayNumber - EpochDayNumber;

    public static DateOnly FromDays(int days) => DateOnly.FromDayNumber(days + EpochDayNumber);

    /// <summary>Microseconds since 1970-01-01T00:00:00Z.</summary>
    public static long ToMicros(DateTime utc) => (utc.Ticks - DateTime.UnixEpoch.Ticks) / 10;

    public static DateTime FromMicros(long micros) =>
        new(DateTime.UnixEpoch.Ticks + (micros * 10), DateTimeKind.Utc);
}
