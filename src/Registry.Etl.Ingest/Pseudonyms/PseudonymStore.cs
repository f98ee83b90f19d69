using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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

    // per four-digit area (made on its first postcode): by two letters the slot (1-based; 0: not seen) of each postcode,
    // and the HMACs packed in the order they were first seen. Flat arrays of areas, not an object per area: a national
    // export's millions of postcodes make every lookup a cache miss, and one object more in the chain was one miss more.
    private readonly ushort[]?[] _slots = new ushort[]?[10_000];
    private readonly byte[]?[] _macs = new byte[]?[10_000];
    private readonly int[] _counts = new int[10_000];

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
        if ((uint)letters >= Letters || mac.Length < MacBytes)
        {
            throw new ArgumentOutOfRangeException(nameof(letters), "Expected two letters (0-675) and room for a 32-byte HMAC.");
        }

        if (Volatile.Read(ref _slots[digits]) is not { } slots)
        {
            return false;
        }

        // unchecked reads, each one cache line: letters is in range (above), and a slot is set (release) only after its
        // bytes are written to an array at least slot * 32 long and published; read in the opposite order (acquire), the
        // array seen is that one or a larger copy of it
        var slot = Volatile.Read(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(slots), letters));
        if (slot == 0)
        {
            return false;
        }

        var macs = Volatile.Read(ref _macs[digits])!;
        MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(macs), (slot - 1) * MacBytes), MacBytes).CopyTo(mac);
        return true;
    }

    internal void KeepPostcode(int digits, int letters, ReadOnlySpan<byte> mac)
    {
        if (mac.Length != MacBytes)
        {
            throw new ArgumentException($"Expected a {MacBytes}-byte HMAC.", nameof(mac));
        }

        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)letters, (uint)Letters, nameof(letters));
        lock (_counts)
        {
            var slots = _slots[digits];
            if (slots is null)
            {
                // the HMACs' array before the slots that point into it
                Volatile.Write(ref _macs[digits], new byte[8 * MacBytes]);
                slots = new ushort[Letters];
                Volatile.Write(ref _slots[digits], slots);
            }

            if (slots[letters] != 0)
            {
                return;
            }

            var count = _counts[digits];
            var macs = _macs[digits]!;
            if ((count + 1) * MacBytes > macs.Length)
            {
                var grown = new byte[Math.Min(macs.Length * 2, Letters * MacBytes)];
                macs.AsSpan(0, count * MacBytes).CopyTo(grown);
                Volatile.Write(ref _macs[digits], grown);
                macs = grown;
            }

            mac.CopyTo(macs.AsSpan(count * MacBytes, MacBytes));
            _counts[digits] = count + 1;
            Volatile.Write(ref slots[letters], (ushort)(count + 1));
        }
    }

    internal string Pc4(int digits, ReadOnlySpan<char> text) => Volatile.Read(ref _pc4[digits]) ?? (_pc4[digits] = text.ToString());
}
