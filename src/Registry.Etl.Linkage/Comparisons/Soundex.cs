namespace Registry.Etl.Linkage.Comparisons;

/// <summary>American Soundex (Knuth, TAOCP vol. 3, 2nd ed., p. 394): a letter and three digits; H and W do not separate equal codes.</summary>
public static class Soundex
{
    private const string Codes = "01230120022455012623010202"; // A..Z

    /// <summary>The code of <paramref name="value"/>, or empty when it has no ASCII letter.</summary>
    public static string Encode(ReadOnlySpan<char> value)
    {
        Span<char> code = stackalloc char[4];
        var n = 0;
        var last = '\0';
        foreach (var raw in value)
        {
            var c = char.ToUpperInvariant(raw);
            if (c is < 'A' or > 'Z')
            {
                continue;
            }

            var digit = Codes[c - 'A'];
            if (n == 0)
            {
                code[n++] = c;
                last = digit;
                continue;
            }

            if (digit != '0' && digit != last)
            {
                code[n++] = digit;
                if (n == 4)
                {
                    break;
                }
            }

            if (c is not ('H' or 'W'))
            {
                last = digit;
            }
        }

        if (n == 0)
        {
            return string.Empty;
        }

        while (n < 4)
        {
            code[n++] = '0';
        }

        return new string(code);
    }
}
