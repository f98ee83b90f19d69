using Registry.Etl.Core.Errors;

namespace Registry.Etl.Indicators.Expressions.Syntax;

/// <summary>Splits expression text into tokens; <c>--</c> starts a comment that runs to the end of the line.</summary>
internal static class Lexer
{
    public static List<Token> Tokenize(string text, SourceMap map)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (true)
        {
            i = SkipSpaceAndComments(text, i);
            if (i >= text.Length)
            {
                tokens.Add(new Token(TokenKind.End, "", text.Length));
                return tokens;
            }

            var c = text[i];
            var start = i;
            if (IsIdentifierStart(c))
            {
                i = ScanWord(text, i);
                tokens.Add(new Token(TokenKind.Identifier, text[start..i], start));
            }
            else if (char.IsAsciiDigit(c))
            {
                tokens.Add(ScanNumber(text, ref i, map));
            }
            else if (c == '\'')
            {
                tokens.Add(new Token(TokenKind.Text, ScanQuoted(text, ref i, '\'', "text literal", map), start));
            }
            else if (c == '"')
            {
                tokens.Add(new Token(TokenKind.QuotedIdentifier, ScanQuoted(text, ref i, '"', "quoted column name", map), start));
            }
            else if (c is '$' or '@')
            {
                i++;
                if (i >= text.Length || !IsIdentifierStart(text[i]))
                {
                    throw map.Error(start, c == '$' ? "'$' must be followed by a parameter name" : "'@' must be followed by a code list name");
                }

                i = ScanWord(text, i);
                tokens.Add(new Token(c == '$' ? TokenKind.Parameter : TokenKind.CodeList, text[(start + 1)..i], start));
            }
            else
            {
                tokens.Add(ScanSymbol(text, ref i, map));
            }
        }
    }

    private static int SkipSpaceAndComments(string text, int i)
    {
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            else if (text[i] == '-' && i + 1 < text.Length && text[i + 1] == '-')
            {
                while (i < text.Length && text[i] != '\n')
                {
                    i++;
                }
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static int ScanWord(string text, int i)
    {
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
        {
            i++;
        }

        return i;
    }

    private static Token ScanNumber(string text, ref int i, SourceMap map)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        var kind = TokenKind.Integer;
        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            kind = TokenKind.Decimal;
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        if (i < text.Length && IsIdentifierStart(text[i]))
        {
            throw map.Error(i, $"unexpected '{text[i]}' after the number {text[start..i]}, expected a space or an operator");
        }

        return new Token(kind, text[start..i], start);
    }

    private static string ScanQuoted(string text, ref int i, char quote, string what, SourceMap map)
    {
        var start = i;
        var value = new System.Text.StringBuilder();
        i++;
        while (true)
        {
            if (i >= text.Length)
            {
                throw map.Error(start, $"unterminated {what}, expected a closing {quote}");
            }

            if (text[i] == quote)
            {
                if (i + 1 < text.Length && text[i + 1] == quote)
                {
                    value.Append(quote);
                    i += 2;
                    continue;
                }

                i++;
                return value.ToString();
            }

            value.Append(text[i]);
            i++;
        }
    }

    private static Token ScanSymbol(string text, ref int i, SourceMap map)
    {
        var start = i;
        var c = text[i];
        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        (TokenKind Kind, int Length) symbol = (c, next) switch
        {
            ('<', '=') => (TokenKind.LessOrEqual, 2),
            ('<', '>') => (TokenKind.NotEqual, 2),
            ('>', '=') => (TokenKind.GreaterOrEqual, 2),
            ('<', _) => (TokenKind.Less, 1),
            ('>', _) => (TokenKind.Greater, 1),
            ('=', '=') => throw map.Error(start, "'==' is not an operator, expected '=' (equal)"),
            ('!', '=') => throw map.Error(start, "'!=' is not an operator, expected '<>' (not equal)"),
            ('=', _) => (TokenKind.Equal, 1),
            ('(', _) => (TokenKind.LeftParen, 1),
            (')', _) => (TokenKind.RightParen, 1),
            (',', _) => (TokenKind.Comma, 1),
            ('+', _) => (TokenKind.Plus, 1),
            ('-', _) => (TokenKind.Minus, 1),
            ('*', _) => (TokenKind.Star, 1),
            ('/', _) => (TokenKind.Slash, 1),
            ('&', _) => throw map.Error(start, "'&' is not an operator, expected 'and'"),
            ('|', _) => throw map.Error(start, "'|' is not an operator, expected 'or'"),
            ('!', _) => throw map.Error(start, "'!' is not an operator, expected 'not'"),
            _ => throw map.Error(start, $"unexpected character '{c}', expected a name, a literal or an operator"),
        };
        i += symbol.Length;
        return new Token(symbol.Kind, text.Substring(start, symbol.Length), start);
    }
}
