using System.Globalization;

namespace Registry.Etl.Ingest.Pseudonyms;

/// <summary>
/// Remembers the pseudonyms of values that repeat (birth dates, postcodes), so a national export computes
/// each HMAC once per distinct value, and the standardised table shares one string per value. Bounded:
/// it starts afresh when full. Not thread-safe: one per reader thread (it owns its keyed HMACs).
/// </summary>
public sealed class PseudonymCache(Pseudonymiser pseudonymiser)
{
    private readonly PseudonymHasher _hasher = pseudonymiser.CreateHasher();
    private const int MaxEntries = 1 << 20;
    private readonly Dictionary<int, string> _dates = [];
    private readonly Dictionary<string, (string Key, string Pc4)> _postcodes = new(StringComparer.Ordinal);

    public Pseudonymiser Pseudonymiser { get; } = pseudonymiser;

    /// <summary>A pseudonym that is not cached (values that rarely repeat: BSNs, patient numbers), with this reader's own HMACs.</summary>
    public string Of(PseudonymPurpose purpose, ReadOnlySpan<char> text) => _hasher.Of(purpose, text);

    public string Date(DateOnly date)
    {
        if (_dates.TryGetValue(date.DayNumber, out var key))
        {
            return key;
        }

        if (_dates.Count >= MaxEntries)
        {
            _dates.Clear();
        }

        Span<char> text = stackalloc char[10];
        date.TryFormat(text, out _, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        key = _hasher.Of(PseudonymPurpose.BirthDate, text);
        _dates[date.DayNumber] = key;
        return key;
    }

    /// <summary>Pseudonym and four digits of a normalised PC6.</summary>
    public (string Key, string Pc4) Postcode(ReadOnlySpan<char> pc6)
    {
        var lookup = _postcodes.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(pc6, out var found))
        {
            return found;
        }

        if (_postcodes.Count >= MaxEntries)
        {
            _postcodes.Clear();
        }

        var text = pc6.ToString();
        found = (_hasher.Of(PseudonymPurpose.Postcode, text), text[..4]);
        _postcodes[text] = found;
        return found;
    }
}
