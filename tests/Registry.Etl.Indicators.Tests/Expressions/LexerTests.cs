using Registry.Etl.Core.Errors;
using Registry.Etl.Indicators.Expressions.Syntax;

namespace Registry.Etl.Indicators.Tests.Expressions;

public sealed class LexerTests
{
    [Fact]
    public void Tokenize_AllTokenKinds_WithValuesAndOffsets()
    {
        const string Text = "a_1 \"we\"\"ird\" 12 3.50 'it''s' $p @list ( ) , + - * / = <> < <= > >=";
        var tokens = Lexer.Tokenize(Text, new SourceMap(Text, new SourceLocation("f")));
        Assert.Equal(
            [
                (TokenKind.Identifier, "a_1", 0),
                (TokenKind.QuotedIdentifier, "we\"ird", 4),
                (TokenKind.Integer, "12", 14),
                (TokenKind.Decimal, "3.50", 17),
                (TokenKind.Text, "it's", 22),
                (TokenKind.Parameter, "p", 30),
                (TokenKind.CodeList, "list", 33),
                (TokenKind.LeftParen, "(", 39),
                (TokenKind.RightParen, ")", 41),
                (TokenKind.Comma, ",", 43),
                (TokenKind.Plus, "+", 45),
                (TokenKind.Minus, "-", 47),
                (TokenKind.Star, "*", 49),
                (TokenKind.Slash, "/", 51),
                (TokenKind.Equal, "=", 53),
                (TokenKind.NotEqual, "<>", 55),
                (TokenKind.Less, "<", 58),
                (TokenKind.LessOrEqual, "<=", 60),
                (TokenKind.Greater, ">", 63),
                (TokenKind.GreaterOrEqual, ">=", 65),
                (TokenKind.End, "", 67),
            ],
            tokens.Select(t => (t.Kind, t.Text, t.Offset)));
    }

    [Fact]
    public void Tokenize_CommentsAndNewlines_AreSkipped()
    {
        const string Text = "-- heading\r\na -- tail\n\tb-1";
        var tokens = Lexer.Tokenize(Text, new SourceMap(Text, new SourceLocation("f")));
        Assert.Equal(["a", "b", "-", "1", ""], tokens.Select(t => t.Text));
    }

    [Fact]
    public void Tokenize_NumberFollowedByDot_IsAnIntegerThenAnError()
    {
        // "1." is not a decimal (digits must follow the point), and '.' is no operator.
        const string Text = "1.";
        var error = Assert.Throws<Indicators.Expressions.ExpressionException>(() => Lexer.Tokenize(Text, new SourceMap(Text, new SourceLocation("f", 3, 7))));
        Assert.Equal(new SourceLocation("f", 3, 8), error.At);
    }

    [Theory]
    [InlineData("a\nb", 0, 3, 1)]
    [InlineData("a\nb", 1, 3, 2)]
    [InlineData("a\nb", 2, 4, 1)]
    [InlineData("ab\r\ncd", 4, 4, 1)]
    [InlineData("ab\r\ncd", 5, 4, 2)]
    [InlineData("abc", 3, 3, 4)]
    public void SourceMap_LaterLines_StartAtTheOriginColumn(string text, int offset, int line, int column)
    {
        var map = new SourceMap(text, new SourceLocation("f", 3, 1));
        Assert.Equal(new SourceLocation("f", line, column), map.Locate(offset));
    }
}
