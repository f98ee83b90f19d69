using Registry.Etl.Core;

namespace Registry.Etl.Linkage.Comparisons;

/// <summary>
/// Named comparators for <c>type: custom</c> levels. <see cref="CreateDefault"/> holds the built-ins
/// (documented in pipelines/linkage/README.md); a host may register its own before running a model.
/// </summary>
public sealed class ComparatorRegistry
{
    private readonly Dictionary<string, Func<IReadOnlyDictionary<string, string>, ICustomComparator>> _factories = new(StringComparer.Ordinal);

    public IEnumerable<string> Names => _factories.Keys.Order(StringComparer.Ordinal);

    public static ComparatorRegistry CreateDefault()
    {
        var r = new ComparatorRegistry();
        r.Register("soundex", _ => new DelegateComparator((a, b) => Soundex.Encode(a) is { Length: > 0 } s && s == Soundex.Encode(b)));
        r.Register("initial", _ => new DelegateComparator((a, b) => a.Length > 0 && b.Length > 0 && char.ToUpperInvariant(a[0]) == char.ToUpperInvariant(b[0])));
        r.Register("digits", _ => new DelegateComparator((a, b) => Digits(a) is { Length: > 0 } d && d == Digits(b)));
        r.Register("contains", o =>
        {
            var min = Option(o, "min_length", 1);
            return new DelegateComparator((a, b) =>
                (b.Length >= min && a.Contains(b, StringComparison.Ordinal)) || (a.Length >= min && b.Contains(a, StringComparison.Ordinal)));
        });
        r.Register("token_overlap", o => new TokenOverlapComparator(
            o.TryGetValue("separator", out var sep) ? sep : null, Option(o, "prefix", 0), Option(o, "min", 1)));
        r.Register("sorted_tokens", o => new SortedTokensComparator(o.TryGetValue("separator", out var sep) ? sep : null));
        return r;
    }

    /// <summary>Adds or replaces a comparator; the factory receives the level's <c>options</c>.</summary>
    public void Register(string name, Func<IReadOnlyDictionary<string, string>, ICustomComparator> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(factory);
        _factories[name] = factory;
    }

    public ICustomComparator Create(string name, IReadOnlyDictionary<string, string> options) =>
        _factories.TryGetValue(name, out var f)
            ? f(options)
            : Throw.Configuration<ICustomComparator>($"Unknown custom comparator '{name}'; known: {string.Join(", ", Names)}.");

    internal static int Option(IReadOnlyDictionary<string, string> options, string key, int fallback) =>
        !options.TryGetValue(key, out var text) ? fallback
        : int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v) && v >= 0 ? v
        : Throw.Configuration<int>($"Comparator option '{key}' must be a whole number >= 0, got '{text}'.");

    private static string Digits(string s)
    {
        Span<char> buffer = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        var n = 0;
        foreach (var c in s)
        {
            if (c is >= '0' and <= '9')
            {
                buffer[n++] = c;
            }
        }

        return new string(buffer[..n]);
    }
}
