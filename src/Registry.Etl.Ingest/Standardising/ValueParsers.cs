using System.Buffers.Text;
using System.Globalization;

namespace Registry.Etl.Ingest.Standardising;

/// <summary>Parsers over the UTF-8 bytes of a field: no string per value on the hot path.</summary>
internal static class ValueParsers
{
    /// <summary>Parses an exact date in one of the three export formats into a day number (<see cref="DateOnly.DayNumber"/>).</summary>
    public static bool TryParseDate(ReadOnlySpan<byte> s, DateFormatKind format, out DateOnly date)
    {
        date = default;
        int y, m, d;
        switch (format)
        {
            case DateFormatKind.DayMonthYear when s.Length == 10 && s[2] == '-' && s[5] == '-':
                if (!Digits(s[..2], out d) || !Digits(s[3..5], out m) || !Digits(s[6..], out y))
                {
                    return false;
                }

                break;
            case DateFormatKind.Iso when s.Length == 10 && s[4] == '-' && s[7] == '-':
                if (!Digits(s[..4], out y) || !Digits(s[5..7], out m) || !Digits(s[8..], out d))
                {
                    return false;
                }

                break;
            case DateFormatKind.Compact when s.Length == 8:
                if (!Digits(s[..4], out y) || !Digits(s[4..6], out m) || !Digits(s[6..], out d))
                {
                    return false;
                }

                break;
            default:
                return false;
        }

        if (y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        date = new DateOnly(y, m, d);
        return true;
    }

    public static bool TryParseInt(ReadOnlySpan<byte> s, out int value)
    {
        s = Trim(s);
        return Utf8Parser.TryParse(s, out value, out var consumed) && consumed == s.Length && s.Length > 0;
    }

    /// <summary>A decimal number with the file's separator; no thousands separators, no exponent.</summary>
    public static bool TryParseDouble(ReadOnlySpan<byte> s, bool decimalComma, out double value)
    {
        s = Trim(s);
        value = 0;
        if (s.Length is 0 or > 32)
        {
            return false;
        }

        Span<byte> copy = stackalloc byte[s.Length];
        for (var i = 0; i < s.Length; i++)
        {
            var b = s[i];
            if (b == (byte)(decimalComma ? '.' : ','))
            {
                return false; // the other separator: a thousands mark or the wrong dialect, never guessed
            }

            copy[i] = b == ',' ? (byte)'.' : b;
        }

        return double.TryParse(copy, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    public static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> s)
    {
        var start = 0;
        var end = s.Length;
        while (start < end && s[start] is (byte)' ' or (byte)'\t')
        {
            start++;
        }

        while (end > start && s[end - 1] is (byte)' ' or (byte)'\t')
        {
            end--;
        }

        return s[start..end];
    }

    public static DateFormatKind FormatOf(string format) => format switch
    {
        "dd-MM-yyyy" => DateFormatKind.DayMonthYear,
        "yyyy-MM-dd" => DateFormatKind.Iso,
        "yyyyMMdd" => DateFormatKind.Compact,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown date format."),
    };

    /// <summary>Whole years from <paramref name="birth"/> to <paramref name="at"/> (a birthday on 29 February counts on 1 March in other years).</summary>
    public static int Age(DateOnly birth, DateOnly at)
    {
        var age = at.Year - birth.Year;
        if (at.Month < birth.Month || (at.Month == birth.Month && at.Day < birth.Day))
        {
            age--;
        }

        return age;
    }

    private static bool Digits(ReadOnlySpan<byte> s, out int value)
    {
        value = 0;
        foreach (var b in s)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }
}

internal enum DateFormatKind
{
    DayMonthYear,
    Iso,
    Compact,
}
