namespace Registry.Etl.Ingest.Pseudonyms;

/// <summary>The Dutch citizen service number: normalisation and the 11-proof.</summary>
public static class Bsn
{
    /// <summary>
    /// Normalises to 9 digits (an 8-digit number, a spreadsheet that dropped the leading zero, gets it back)
    /// and checks the 11-proof: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is a multiple of 11 and not zero.
    /// </summary>
    public static bool TryNormalise(ReadOnlySpan<char> text, Span<char> nineDigits)
    {
        text = text.Trim();
        if (text.Length is not (8 or 9) || nineDigits.Length < 9)
        {
            return false;
        }

        var offset = 9 - text.Length;
        if (offset == 1)
        {
            nineDigits[0] = '0';
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }

            nineDigits[offset + i] = text[i];
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (9 - i) * (nineDigits[i] - '0');
        }

        sum -= nineDigits[8] - '0';
        return sum != 0 && sum % 11 == 0;
    }
}
