using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Registry.Etl.Ingest.Standardising;

/// <summary>
/// A contract column's <c>pattern</c>, matched against the whole value, with one compiled <see cref="Regex"/> per
/// pattern and thread for the life of the process. Why not one instance per file, as before: compiling a pattern
/// costs about a millisecond, and a national run binds its contracts to some 4,000 files, most of a few dozen rows.
/// Why one per thread: a <see cref="Regex"/> keeps one matcher to reuse, and a second thread matching at the same
/// time builds a new one for every call (measured: three to four times the cost of a match, with the two reading
/// threads of an ingest).
/// </summary>
internal sealed class FieldPattern
{
    private static readonly ConcurrentDictionary<string, FieldPattern> ByText = new(StringComparer.Ordinal);
    private readonly ThreadLocal<Regex> _regex;

    private FieldPattern(string pattern)
    {
        // the whole value: \z, not $, which also matches before a final line end (a quoted "0303<LF>" is not [0-9]{4});
        // the timeout bounds a badly written pattern on a hostile value
        _regex = new ThreadLocal<Regex>(() => new Regex($"^(?:{pattern})\\z", RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1)));
    }

    /// <summary>This thread's compiled instance (for tests).</summary>
    internal Regex Regex => _regex.Value!;

    /// <summary>The one <see cref="FieldPattern"/> of <paramref name="pattern"/> in this process.</summary>
    public static FieldPattern Of(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return ByText.GetOrAdd(pattern, p => new FieldPattern(p));
    }

    /// <summary>True when the whole of <paramref name="text"/> matches the pattern.</summary>
    public bool IsMatch(string text) => _regex.Value!.IsMatch(text);
}
