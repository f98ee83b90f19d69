using System.Globalization;
using System.Text.RegularExpressions;

namespace Registry.Etl.Ingest.Contracts;

/// <summary>
/// What a file name must look like (a regular expression with a group <c>date</c> and optionally others such
/// as <c>agb</c>), and how its date becomes the export date.
/// </summary>
public sealed record FileNameRule(string Pattern, string DateFormat, ExportDateRule ExportDate)
{
    private Regex? _regex;

    /// <summary>Parses a file name (without folder). False when it does not match or its date is not a date.</summary>
    public bool TryParse(string fileName, out DateOnly exportDate, out IReadOnlyDictionary<string, string> groups)
    {
        _regex ??= new Regex(Pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));
        exportDate = default;
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        groups = found;
        var m = _regex.Match(fileName);
        if (!m.Success)
        {
            return false;
        }

        foreach (var name in _regex.GetGroupNames())
        {
            if (name != "0" && m.Groups[name].Success)
            {
                found[name] = m.Groups[name].Value;
            }
        }

        if (!found.TryGetValue("date", out var text)
            || !DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return false;
        }

        exportDate = ExportDate == ExportDateRule.NextMonth ? new DateOnly(date.Year, date.Month, 1).AddMonths(1) : date;
        return true;
    }
}
