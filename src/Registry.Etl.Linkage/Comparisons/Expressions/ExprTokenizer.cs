using Registry.Etl.Core;

namespace Registry.Etl.Linkage.Comparisons.Expressions;

/// <summary>Splits an expression into tokens: names (with dots), numbers, quoted strings, operators.</summary>
internal static class ExprTokenizer
{
    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsLetter(c) || c == '_')
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '.'))
                {
                    i++;
                }
            }
            else if (char.IsDigit(c) || (c == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1])))
            {
                while (i < text.Length && (char.IsDigit(text[i]) || text[i] is '.' or 'e' or 'E'))
                {
                    i++;
                }
            }
            else if (c is '\'' or '"')
            {
                i++;
                while (i < text.Length && text[i] != c)
                {
                    i++;
                }

                if (i == text.Length)
                {
                    Throw.Configuration($"Expression '{text}': unterminated string.");
                }

                i++;
            }
            else if (i + 1 < text.Length && text.Substring(i, 2) is "==" or "!=" or "<>" or "<=" or ">=" or "&&" or "||")
            {
                i += 2;
            }
            else if ("=<>+-*/%(),!".Contains(c, StringComparison.Ordinal))
            {
                i++;
            }
            else
            {
                Throw.Configuration($"Expression '{text}': unexpected character '{c}'.");
            }

            tokens.Add(text[start..i]);
        }

        return tokens;
    }
}
