namespace Registry.Etl.Ingest.Pseudonyms;

/// <summary>
/// The pseudonyms a <see cref="PseudonymCache"/> remembers, shared by threads (thread-safe). Values are found by
/// position, not hashed: a birth date by its day (1900 to 2099), a postcode by its four digits and then its two
/// letters (a block of 676 per four-digit area, made when the area is first seen). Threads that race on one value
/// compute the same pseudonym, and either text may stay: the contents are equal. Bounded: it starts afresh when
/// it holds about 1M values.
/// </summary>
public sealed class PseudonymStore
{
    private const int MaxEntries = 1 << 20;
    private const int Letters = 26 * 26;
    private static readonly int FirstDay = new DateOnly(1900, 1, 1).DayNumber;
    private static readonly int Days = new DateOnly(2100, 1, 1).DayNumber - FirstDay;

    // the text of each four-digit area, made once
    private readonly string?[] _pc4 = new string?[10_000];
    private string?[] _dates = new string?[Days];
    private string?[]?[] _postcodes = new string?[10_000][];
    private int _count; // of both

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
            Count();
            Volatile.Write(ref _dates[i], key);
        }
    }

    internal string? Postcode(int digits, int letters) =>
        Volatile.Read(ref _postcodes[digits]) is { } area ? Volatile.Read(ref area[letters]) : null;

    internal void KeepPostcode(int digits, int letters, string key)
    {
        Count();
        var areas = _postcodes;
        var area = Volatile.Read(ref areas[digits]);
        if (area is null)
        {
            area = Interlocked.CompareExchange(ref areas[digits], new string?[Letters], null) ?? areas[digits]!;
        }

        Volatile.Write(ref area[letters], key);
    }

    internal string Pc4(int digits, ReadOnlySpan<char> text) => Volatile.Read(ref _pc4[digits]) ?? (_pc4[digits] = text.ToString());

    private void Count()
    {
        if (Interlocked.Increment(ref _count) > MaxEntries)
        {
            // start afresh: a thread still writing into the old arrays only loses what it remembers there
            Volatile.Write(ref _dates, new string?[Days]);
            Volatile.Write(ref _postcodes, new string?[10_000][]);
            Volatile.Write(ref _count, 0);
        }
    }
}
