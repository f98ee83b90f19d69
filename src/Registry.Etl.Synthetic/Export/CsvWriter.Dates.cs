namespace Registry.Etl.Synthetic.Export;

internal sealed partial class CsvWriter
{
    /// <summary>A date in the dialect's format, or an empty field for a negative day number.</summary>
    public void Date(int dayNumber)
    {
        if (dayNumber < 0 || dayNumber == int.MaxValue)
        {
            Empty();
            return;
        }

        Separate();
        Ensure(10);
        var date = DateOnly.FromDayNumber(dayNumber);
        var span = _buffer.AsSpan(_position);
        switch (_dialect.Dates)
        {
            case DateStyle.DayMonthYear:
                Two(span, 0, date.Day);
                span[2] = (byte)'-';
                Two(span, 3, date.Month);
                span[5] = (byte)'-';
                Four(span, 6, date.Year);
                _position += 10;
                break;
            case DateStyle.Iso:
                Four(span, 0, date.Year);
                span[4] = (byte)'-';
                Two(span, 5, date.Month);
                span[7] = (byte)'-';
                Two(span, 8, date.Day);
                _position += 10;
                break;
            default:
                Four(span, 0, date.Year);
                Two(span, 4, date.Month);
                Two(span, 6, date.Day);
                _position += 8;
                break;
        }
    }

    /// <summary>yyyyMMdd into a char span (for `code:yyyyMMdd` lists).</summary>
    public static void CompactDate(Span<char> into, int dayNumber)
    {
        var date = DateOnly.FromDayNumber(dayNumber);
        var y = date.Year;
        into[0] = (char)('0' + y / 1000);
        into[1] = (char)('0' + y / 100 % 10);
        into[2] = (char)('0' + y / 10 % 10);
        into[3] = (char)('0' + y % 10);
        into[4] = (char)('0' + date.Month / 10);
        into[5] = (char)('0' + date.Month % 10);
        into[6] = (char)('0' + date.Day / 10);
        into[7] = (char)('0' + date.Day % 10);
    }

    private static void Two(Span<byte> span, int at, int value)
    {
        span[at] = (byte)('0' + value / 10);
        span[at + 1] = (byte)('0' + value % 10);
    }

    private static void Four(Span<byte> span, int at, int value)
    {
        span[at] = (byte)('0' + value / 1000);
        span[at + 1] = (byte)('0' + value / 100 % 10);
        span[at + 2] = (byte)('0' + value / 10 % 10);
        span[at + 3] = (byte)('0' + value % 10);
    }
}
