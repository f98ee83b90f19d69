namespace Registry.Etl.Ingest.Pseudonyms;

/// <summary>Dutch PC6 postcodes: <c>^[1-9][0-9]{3}[A-Z]{2}$</c>, letters not SA, SD or SS.</summary>
public static class Postcode
{
    /// <summary>Upper-cases and removes spaces into <paramref name="pc6"/> (6 chars); false when not a valid PC6.</summary>
    public static bool TryNormalise(ReadOnlySpan<char> text, Span<char> pc6)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                continue;
            }

            if (n == 6)
            {
                return false;
            }

            pc6[n++] = char.ToUpperInvariant(c);
        }

        if (n != 6 || pc6[0] is < '1' or > '9' || !char.IsAsciiDigit(pc6[1]) || !char.IsAsciiDigit(pc6[2]) || !char.IsAsciiDigit(pc6[3])
            || !char.IsAsciiLetterUpper(pc6[4]) || !char.IsAsciiLetterUpper(pc6[5]))
        {
            return false;
        }

        // SA, SD and SS are not issued (historical connotations)
        return !(pc6[4] == 'S' && pc6[5] is 'A' or 'D' or 'S');
    }
}
