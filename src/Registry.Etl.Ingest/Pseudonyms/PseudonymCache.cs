using System.Globalization;

namespace Registry.Etl.Ingest.Pseudonyms;

/// <summary>
/// Remembers the pseudonyms of values that repeat (birth dates, postcodes), so a national export computes
/// each HMAC once per distinct value, and the standardised table shares one string per birth date. The
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
        if (store.Date(date.DayNumber) is { } key)
        {
            return key;
        }

        Span<char> text = stackalloc char[10];
        date.TryFormat(text, out _, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        key = _hasher.Of(PseudonymPurpose.BirthDate, text);
        store.KeepDate(date.DayNumber, key);
        return key;
    }

    /// <summary>Pseudonym and four digits of a normalised PC6 (six characters, as <c>Postcode.TryNormalise</c> writes them).</summary>
    public (string Key, string Pc4) Postcode(ReadOnlySpan<char> pc6)
    {
        if (pc6.Length != 6 || pc6[0] is < '0' or > '9' || pc6[1] is < '0' or > '9' || pc6[2] is < '0' or > '9' || pc6[3] is < '0' or > '9'
            || pc6[4] is < 'A' or > 'Z' || pc6[5] is < 'A' or > 'Z')
        {
            throw new ArgumentException("Expected a normalised PC6 (four digits, two upper-case letters).", nameof(pc6));
        }

        // a national export holds millions of distinct postcodes, most seen a few times: remember each by its
        // place (four digits, then two letters) as its HMAC, no text kept per postcode, and share the four digits
        var digits = ((pc6[0] - '0') * 1000) + ((pc6[1] - '0') * 100) + ((pc6[2] - '0') * 10) + (pc6[3] - '0');
        var letters = ((pc6[4] - 'A') * 26) + (pc6[5] - 'A');
        var pc4 = store.Pc4(digits, pc6[..4]);
        Span<byte> mac = stackalloc byte[32];
        if (!store.TryPostcode(digits, letters, mac))
        {
            _hasher.MacOf(PseudonymPurpose.Postcode, pc6, mac);
            store.KeepPostcode(digits, letters, mac);
        }

        var key = Convert.ToHexString(mac);
        return (key, pc4);
    }
}
