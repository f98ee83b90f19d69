using System.Collections.Concurrent;
using System.Globalization;

namespace Registry.Etl.Ingest.Pseudonyms;

/// <summary>
/// Remembers the pseudonyms of values that repeat (birth dates, postcodes), so a national export computes
/// each HMAC once per distinct value, and the standardised table shares one string per value. The
/// remembered values (<see cref="PseudonymStore"/>) are shared by all reader threads of an ingest, so each
/// distinct value is held once however many threads read; each <see cref="PseudonymCache"/> computes misses
/// with its own keyed HMACs. Not thread-safe itself: one per reader thread.
/// </summary>
public sealed class PseudonymCache(Pseudonymiser pseudonymiser, PseudonymStore store)
{
    private readonly PseudonymHasher _hasher = pseudonymiser.CreateHasher();

    public PseudonymCache(Pseudonymiser pseudonymiser)
        : this(pseudonymiser, new PseudonymStore())
    {
    }

    public Pseudonymiser Pseudonymiser { get; } = pseudonymiser;

    /// <summary>A pseudonym that is not cached (values that rarely repeat: BSNs, patient numbers), with this reader's own HMACs.</summary>
    public string Of(PseudonymPurpose purpose, ReadOnlySpan<char> text) => _hasher.Of(purpose, text);

    public string Date(DateOnly date)
    {
        if (store.Dates.TryGetValue(date.DayNumber, out var key))
        {
            return key;
        }

        Span<char> text = stackalloc char[10];
        date.TryFormat(text, out _, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        key = _hasher.Of(PseudonymPurpose.BirthDate, text);
        store.Keep(store.Dates, date.DayNumber, key);
        return key;
    }

    /// <summary>Pseudonym and four digits of a normalised PC6.</summary>
    public (string Key, string Pc4) Postcode(ReadOnlySpan<char> pc6)
    {
        var lookup = store.Postcodes.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(pc6, out var found))
        {
            return found;
        }

        var text = pc6.ToString();
        found = (_hasher.Of(PseudonymPurpose.Postcode, text), text[..4]);
        store.Keep(store.Postcodes, text, found);
        return found;
    }
}

/// <summary>The pseudonyms a <see cref="PseudonymCache"/> remembers, shared by threads (thread-safe). Bounded: it starts afresh when full (about 1M values).</summary>
public sealed class PseudonymStore
{
    private const int MaxEntries = 1 << 20;
    private int _count; // of both dictionaries (ConcurrentDictionary.Count takes every lock)

    internal ConcurrentDictionary<int, string> Dates { get; } = new();

    internal ConcurrentDictionary<string, (string Key, string Pc4)> Postcodes { get; } = new(StringComparer.Ordinal);

    internal void Keep<TKey, TValue>(ConcurrentDictionary<TKey, TValue> values, TKey key, TValue value)
        where TKey : notnull
    {
        if (Volatile.Read(ref _count) >= MaxEntries)
        {
            Dates.Clear();
            Postcodes.Clear();
            Volatile.Write(ref _count, 0);
        }

        if (values.TryAdd(key, value))
        {
            Interlocked.Increment(ref _count);
        }
    }
}
