namespace Registry.Etl.Linkage.Data;

/// <summary>Reads year, month and day digits from text by a format of y, M, d runs and literal characters.</summary>
internal static class DateText
{
    /// <summary>Formats tried in order when a model gives none.</summary>
    public static readonly string[] DefaultFormats = ["yyyy-MM-dd", "yyyyMMdd", "dd-MM-yyyy", "yyyy/MM/dd", "dd/MM/yyyy"];

    public static bool TryParts(ReadOnlySpan<char> text, string? format, out int year, out int month, out int day)
    {
        if (format is not null)
        {
            return TryFormat(text, format, out year, out month, out day);
        }

        foreach (var f in DefaultFormats)
        {
            if (TryFormat(text, f, out year, out month, out day))
            {
                return true;
            }
        }

        year = month = day = 0;
        return false;
    }

    /// <summary>Lenient: digits need only be digits, so 19371233 gives month 12, day 33 (not a date, still comparable).</summary>
    private static bool TryFormat(ReadOnlySpan<char> text, string format, out int year, out int month, out int day)
    {
        year = month = day = 0;
        text = text.Trim();
        if (text.Length != format.Length)
        {
            return false;
        }

        bool sawY = false, sawM = false, sawD = false;
        for (var i = 0; i < format.Length; i++)
        {
            var f = format[i];
            var c = text[i];
            if (f is 'y' or 'M' or 'd')
            {
                if (c is < '0' or > '9')
                {
                    return false;
                }

                var digit = c - '0';
                switch (f)
                {
                    case 'y': year = (year * 10) + digit; sawY = true; break;
                    case 'M': month = (month * 10) + digit; sawM = true; break;
                    default: day = (day * 10) + digit; sawD = true; break;
                }
            }
            else if (c != f)
            {
                return false;
            }
        }

        return sawY && sawM && sawD;
    }
}
