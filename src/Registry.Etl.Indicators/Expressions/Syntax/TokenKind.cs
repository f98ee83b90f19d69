namespace Registry.Etl.Indicators.Expressions.Syntax;

internal enum TokenKind
{
    End,
    Identifier,
    QuotedIdentifier,
    Integer,
    Decimal,
    Text,
    Parameter,
    CodeList,
    LeftParen,
    RightParen,
    Comma,
    Plus,
    Minus,
    Star,
    Slash,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}
