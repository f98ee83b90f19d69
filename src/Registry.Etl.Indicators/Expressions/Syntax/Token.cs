namespace Registry.Etl.Indicators.Expressions.Syntax;

/// <summary>
/// One token: <see cref="Text"/> is the value (an identifier or parameter name without its sigil, a text
/// literal without quotes), <see cref="Offset"/> where it starts in the expression text.
/// </summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Offset)
{
    /// <summary>True for an unquoted identifier equal (case-insensitively) to <paramref name="word"/>.</summary>
    public bool IsWord(string word) =>
        Kind == TokenKind.Identifier && string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);

    public string Describe() => Kind switch
    {
        TokenKind.End => "end of expression",
        TokenKind.Identifier => $"'{Text}'",
        TokenKind.QuotedIdentifier => $"\"{Text}\"",
        TokenKind.Text => "text literal",
        TokenKind.Integer or TokenKind.Decimal => $"number {Text}",
        TokenKind.Parameter => $"'${Text}'",
        TokenKind.CodeList => $"'@{Text}'",
        _ => $"'{Text}'",
    };
}
