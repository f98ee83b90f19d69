namespace Registry.Etl.Ingest.Pseudonyms;

/// <summary>
/// The pseudonyms a <see cref="PseudonymCache"/> remembers, shared by threads (thread-safe). Values are found by
/// position, not hashed: a birth date by its day (1900 to 2099), a postcode by its four digits and then its two
/// letters. It never starts afresh, and its size is bounded by the values that can exist, not by the rows read:
/// <list type="bullet">
/// <item>a birth date's pseudonym is kept as its text (73,000 days at most, some 11 MB), so every row of that date
/// shares one string;</item>
/// <item>a postcode's pseudonym is kept as its 32-byte HMAC, packed per four-digit area (9,000 areas at most, 1.4 KB
/// each, and 32 bytes per postcode seen: 200 MB if every possible PC6 occurs), and each row gets its own text. A
/// national export holds millions of distinct postcodes (the synthetic ten-year LBZ 2.9M). Kept as texts, they were
/// small objects that every full GC traced: bounded at 1M values, the store started afresh every few months of
/// exports and most rows paid an HMAC again; kept whole, they took the nightly run's peak past 4 GB.</item>
/// </list>
/// Threads that race on one value compute the same pseudonym, and either copy may stay: the contents are equal.
/// </summary>
public sealed class PseudonymStore
{
    private const int Letters = 26 * 26;
    private const int MacBytes = 32;
    private static readonly int FirstDay = new DateOnly(1900, 1, 1).DayNumber;
    private static readonly int Days = new DateOnly(2100, 1, 1).DayNumber - FirstDay;

    // the text of each four-digit area, made once
    private readonly string?[] _pc4 = new string?[10_000];
    private readonly string?[] _dates = new string?[Days];
    private readonly Area?[] _postcodes = new Area?[10_000];

    internal string? Date(int dayNumber)
    {
        var i = dayNumber - FirstDay;
        return (uint)i < (uint)Days ? Volatile.Read(ref _dates[i]) : null;
    }

    /// <summary>Remembers a date's pseudonym (a date outside 1900-2099 is not remembered).</summary>
    internal void KeepDate(int dayNumber, string key)
    {
        var i = dayNumber - FirstDay;
        if ((uint)i < (uint)Days)
        {
            Volatile.Write(ref _dates[i], key);
        }
    }

    /// <summary>Copies a remembered postcode's HMAC to <paramref name="mac"/> (32 bytes); false when it is not remembered.</summary>
    internal bool TryPostcode(int digits, int letters, Span<byte> mac)
    {
        if (Volatile.Read(ref _postcodes[digits]) is not { } area || Volatile.Read(ref area.Slots[letters]) is not (> 0 and var slot))
        {
            return false;
        }

        // a slot is set after its bytes are written (release) and read before them (acquire); a larger array that
        // replaced the one the bytes went to holds them too, copied before it was published
        Volatile.Read(ref area.Macs).AsSpan((slot - 1) * MacBytes, MacBytes).CopyTo(mac);
        return true;
    }

    internal void KeepPostcode(int digits, int letters, ReadOnlySpan<byte> mac)
    {
        if (mac.Length != MacBytes)
        {
            throw new ArgumentException($"Expected a {MacBytes}-byte HMAC.", nameof(mac));
        }

        var area = Volatile.Read(ref _postcodes[digits]) ?? Interlocked.CompareExchange(ref _postcodes[digits], new Area(), null) ?? _postcodes[digits]!;
        lock (area)
        {
            if (area.Slots[letters] != 0)
            {
                return;
            }

            var macs = area.Macs;
            if ((area.Count + 1) * MacBytes > macs.Length)
            {
                var grown = new byte[Math.Min(macs.Length * 2, Letters * MacBytes)];
                macs.AsSpan(0, area.Count * MacBytes).CopyTo(grown);
                Volatile.Write(ref area.Macs, grown);
                macs = grown;
            }

            mac.CopyTo(macs.AsSpan(area.Count * MacBytes, MacBytes));
            area.Count++;
            Volatile.Write(ref area.Slots[letters], (ushort)area.Count);
        }
    }

    internal string Pc4(int digits, ReadOnlySpan<char> text) => Volatile.Read(ref _pc4[digits]) ?? (_pc4[digits] = text.ToString());

    /// <summary>
    /// The HMACs of one four-digit area's postcodes, packed in the order they were first seen, and by their two letters
    /// the slot (1-based; 0: not seen) of each: 1.4 KB per area and 32 bytes per postcode seen, not 32 per possible one.
    /// </summary>
    private sealed class Area
    {
        public readonly ushort[] Slots = new ushort[Letters];
        public byte[] Macs = new byte[8 * MacBytes];
        public int Count;
    }
}
