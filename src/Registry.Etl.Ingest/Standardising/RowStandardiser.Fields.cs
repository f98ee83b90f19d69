using System.Text;
using CsvHelper;
using Registry.Etl.Core.Data;
using Registry.Etl.Ingest.Contracts;
using Registry.Etl.Ingest.Pseudonyms;

namespace Registry.Etl.Ingest.Standardising;

internal sealed partial class RowStandardiser
{
    private static readonly DateOnly Earliest = new(1900, 1, 1);

    private bool Field(CsvReader reader, int i, BoundColumn c, ReadOnlySpan<byte> span, int line, List<RowIssue> issues, Dictionary<string, long> counts)
    {
        var col = c.Column;
        var trimmed = ValueParsers.Trim(span);
        if (trimmed.IsEmpty && !(col.Type == FieldType.Int && c.IntMap!.ContainsKey(string.Empty)))
        {
            if (col.Required)
            {
                return !Reject(issues, line, c, IssueCodes.MissingRequired, "a value is required; the field is empty");
            }

            if (col.Type == FieldType.Bsn)
            {
                Count(counts, IssueCodes.BsnMissing);
            }

            return true;
        }

        switch (col.Type)
        {
            case FieldType.Text:
                return true;
            case FieldType.String:
                return StringField(reader, i, c, line, issues);
            case FieldType.Int:
                return IntField(reader, i, c, trimmed, line, issues);
            case FieldType.Double:
                if (!ValueParsers.TryParseDouble(trimmed, _decimalComma, out var d))
                {
                    return !Reject(issues, line, c, IssueCodes.NotANumber, $"expected a number with decimal {(_decimalComma ? "comma" : "point")}; found {Shape(trimmed)}");
                }

                if (!InRange(col, d))
                {
                    return !Reject(issues, line, c, IssueCodes.OutOfRange, $"expected {col.Min}..{col.Max}");
                }

                _values[i] = d;
                _has[i] = true;
                _sink.Double(c.Output, d);
                return true;
            case FieldType.Bool:
                bool b;
                if (Equal(trimmed, col.TrueText))
                {
                    b = true;
                }
                else if (Equal(trimmed, col.FalseText))
                {
                    b = false;
                }
                else
                {
                    return !Reject(issues, line, c, IssueCodes.UnknownCode, $"expected {col.TrueText} or {col.FalseText}; found {Shape(trimmed)}");
                }

                _sink.Bool(c.Output, b);
                return true;
            case FieldType.Date:
            case FieldType.BirthDate:
                return DateField(i, c, trimmed, line, issues);
            case FieldType.Bsn:
                Span<char> nine = stackalloc char[9];
                Span<char> chars = stackalloc char[Math.Min(trimmed.Length, 16)];
                if (trimmed.Length > 16 || Encoding.UTF8.GetChars(trimmed, chars) is var n && !Bsn.TryNormalise(chars[..n], nine))
                {
                    Count(counts, IssueCodes.BsnInvalid);
                    return true;
                }

                _sink.String(c.Output, _pseudonyms.Of(PseudonymPurpose.Bsn, nine));
                return true;
            case FieldType.Postcode:
                Span<char> pc6 = stackalloc char[6];
                Span<char> pcChars = stackalloc char[Math.Min(trimmed.Length, 12)];
                if (trimmed.Length > 12 || Encoding.UTF8.GetChars(trimmed, pcChars) is var m && !Postcode.TryNormalise(pcChars[..m], pc6))
                {
                    Count(counts, IssueCodes.PostcodeInvalid);
                    return true;
                }

                var (key, pc4) = _pseudonyms.Postcode(pc6);
                _sink.String(c.Output, key);
                _sink.String(c.Output + 1, pc4);
                return true;
            case FieldType.PatientNumber:
                _texts[i] = Encoding.UTF8.GetString(trimmed);
                return true;
            default:
                return true;
        }
    }

    private bool StringField(CsvReader reader, int i, BoundColumn c, int line, List<RowIssue> issues)
    {
        var raw = reader.GetString(c.Field);
        var accepted = _accepted[i] ??= new AcceptedStrings();
        if (accepted.TryGet(raw, out var known))
        {
            if (known is not null)
            {
                _texts[i] = known;
                _sink.String(c.Output, known);
            }

            return true;
        }

        var text = raw;
        if (text.Length > 0 && (text[0] is ' ' or '\t' || text[^1] is ' ' or '\t'))
        {
            text = text.Trim();
        }

        if (c.Column.Map.TryGetValue(text, out var mapped))
        {
            if (mapped is null)
            {
                accepted.Keep(raw, null);
                return true;
            }

            text = mapped;
        }

        if (c.Codes is not null && !c.Codes.Contains(text))
        {
            return !Reject(issues, line, c, IssueCodes.UnknownCode, $"not one of the {c.Codes.Count} codes of the contract; found {text.Length} characters");
        }

        if (c.Pattern is not null && !c.Pattern.IsMatch(text))
        {
            return !Reject(issues, line, c, IssueCodes.PatternMismatch, $"expected {c.Column.Pattern}; found {text.Length} characters");
        }

        if (c.Column.EqualsFileName is { } group && _fileNameGroups.TryGetValue(group, out var expected) && text != expected)
        {
            return !Reject(issues, line, c, IssueCodes.FileNameMismatch, $"must equal the {group} in the file name");
        }

        accepted.Keep(raw, text);
        _texts[i] = text;
        _sink.String(c.Output, text);
        return true;
    }

    private bool IntField(CsvReader reader, int i, BoundColumn c, ReadOnlySpan<byte> trimmed, int line, List<RowIssue> issues)
    {
        int value;
        if (c.IntMap!.Count > 0 && c.IntMap.TryGetValue(trimmed.IsEmpty ? string.Empty : reader.GetString(c.Field).Trim(), out var mapped))
        {
            if (mapped is null)
            {
                return true;
            }

            value = mapped.Value;
        }
        else if (!ValueParsers.TryParseInt(trimmed, out value))
        {
            return !Reject(issues, line, c, c.IntCodes is null ? IssueCodes.NotANumber : IssueCodes.UnknownCode, $"expected a whole number; found {Shape(trimmed)}");
        }
        else if (c.IntCodes is not null && !c.IntCodes.Contains(value))
        {
            return !Reject(issues, line, c, IssueCodes.UnknownCode, $"not one of the {c.IntCodes.Count} codes of the contract");
        }

        if (!InRange(c.Column, value))
        {
            return !Reject(issues, line, c, IssueCodes.OutOfRange, $"expected {c.Column.Min}..{c.Column.Max}");
        }

        _values[i] = value;
        _has[i] = true;
        _sink.Int(c.Output, value);
        return true;
    }

    private bool DateField(int i, BoundColumn c, ReadOnlySpan<byte> trimmed, int line, List<RowIssue> issues)
    {
        if (!ValueParsers.TryParseDate(trimmed, _dateFormat, out var date))
        {
            return !Reject(issues, line, c, IssueCodes.InvalidDate, $"expected a date {FormatText}; found {Shape(trimmed)}");
        }

        if (date > _exportDate)
        {
            return !Reject(issues, line, c, IssueCodes.FutureDate, "after the export date of the file");
        }

        if (date < Earliest)
        {
            return !Reject(issues, line, c, IssueCodes.OutOfRange, "before 1900-01-01");
        }

        _values[i] = date.DayNumber;
        _has[i] = true;
        if (c.Column.Type == FieldType.Date)
        {
            _sink.Int(c.Output, ColumnStorage.ToDays(date));
            return true;
        }

        _sink.String(c.Output, _pseudonyms.Date(date));
        if (date.Day <= 12 && date.Day != date.Month)
        {
            _sink.String(c.Output + 1, _pseudonyms.Date(new DateOnly(date.Year, date.Day, date.Month)));
        }
        else if (date.Day == date.Month)
        {
            _sink.String(c.Output + 1, _pseudonyms.Date(date));
        }

        _sink.Int(c.Output + 2, date.Year);
        return true;
    }

    private string FormatText => _dateFormat switch
    {
        DateFormatKind.DayMonthYear => "dd-MM-yyyy",
        DateFormatKind.Iso => "yyyy-MM-dd",
        _ => "yyyyMMdd",
    };

    private static bool InRange(ContractColumn c, double v) => (c.Min is null || v >= c.Min) && (c.Max is null || v <= c.Max);

    private static bool Equal(ReadOnlySpan<byte> utf8, string ascii)
    {
        if (utf8.Length != ascii.Length)
        {
            return false;
        }

        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] != ascii[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The shape of a value for a message: its length and whether it holds digits or letters, never the value.</summary>
    private static string Shape(ReadOnlySpan<byte> s)
    {
        bool digits = false, letters = false, other = false;
        foreach (var b in s)
        {
            if (b is >= (byte)'0' and <= (byte)'9')
            {
                digits = true;
            }
            else if (b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z'))
            {
                letters = true;
            }
            else
            {
                other = true;
            }
        }

        var kinds = string.Join("/", new[] { digits ? "digits" : null, letters ? "letters" : null, other ? "other characters" : null }.Where(k => k is not null));
        return $"{s.Length} bytes of {kinds}";
    }

    private static void Count(Dictionary<string, long> counts, string code) =>
        counts[code] = counts.GetValueOrDefault(code) + 1;
}
