using Registry.Etl.Indicators.Expressions.Binding;

namespace Registry.Etl.Indicators.Expressions.Syntax;

internal sealed partial class Parser
{
    private BoundNode ParsePredicate()
    {
        var left = ParseAdditive();
        var result = ParsePredicateTail(left);
        if (result is not null && (ComparisonOf(Current.Kind) is not null || AtWord("is") || AtWord("in") || AtWord("between")))
        {
            throw Error(Current.Offset, $"unexpected {Current.Describe()}: comparisons cannot be chained, expected 'and' or 'or' between them");
        }

        return result ?? left;
    }

    private BoundNode? ParsePredicateTail(BoundNode left)
    {
        if (ComparisonOf(Current.Kind) is { } op)
        {
            var token = Advance();
            var right = ParseAdditive();
            return new BoundComparison(op, left, right, Comparable(left, right, token, op is ComparisonOperator.Equal or ComparisonOperator.NotEqual), token.Offset);
        }

        if (AtWord("is"))
        {
            var token = Advance();
            var negated = false;
            if (AtWord("not"))
            {
                Advance();
                negated = true;
            }

            ExpectWord("null", negated ? "'null' after 'is not'" : "'null' or 'not null' after 'is'");
            return new BoundIsNull(Typed(left), negated, token.Offset);
        }

        var negate = AtWord("not") && (Peek().IsWord("in") || Peek().IsWord("between") || Peek().IsWord("starts"));
        if (negate)
        {
            Advance();
        }

        if (AtWord("in"))
        {
            return ParseIn(left, Advance(), negate);
        }

        if (AtWord("between"))
        {
            var token = Advance();
            var low = ParseAdditive();
            ExpectWord("and", "'and' between the bounds of 'between'");
            var high = ParseAdditive();
            var type = Comparable(left, low, token, equalityOnly: false, at: low.Offset);
            var highType = Comparable(left, high, token, equalityOnly: false, at: high.Offset);
            return new BoundBetween(left, low, high, TypeRules.Common(type, highType)!.Value, negate, token.Offset);
        }

        if (AtWord("starts"))
        {
            var token = Advance();
            ExpectWord("with", "'with' after 'starts'");
            var prefix = ParseAdditive();
            Require(left, ExpressionType.Text, "the value before 'starts with'");
            Require(prefix, ExpressionType.Text, "the prefix after 'starts with'");
            return new BoundStartsWith(left, prefix, negate, token.Offset);
        }

        return null;
    }

    private static ComparisonOperator? ComparisonOf(TokenKind kind) => kind switch
    {
        TokenKind.Equal => ComparisonOperator.Equal,
        TokenKind.NotEqual => ComparisonOperator.NotEqual,
        TokenKind.Less => ComparisonOperator.Less,
        TokenKind.LessOrEqual => ComparisonOperator.LessOrEqual,
        TokenKind.Greater => ComparisonOperator.Greater,
        TokenKind.GreaterOrEqual => ComparisonOperator.GreaterOrEqual,
        _ => null,
    };

    /// <summary>The type two values are compared in, or an error at the operator (or at <paramref name="at"/>).</summary>
    private ExpressionType Comparable(BoundNode left, BoundNode right, Token op, bool equalityOnly, int? at = null)
    {
        if (left.Type is null || right.Type is null)
        {
            throw Error(left.Type is null ? left.Offset : right.Offset, $"cannot compare with null (the result would always be unknown), expected 'x is null' or 'x is not null'");
        }

        var common = TypeRules.Common(left.Known, right.Known);
        if (common is null)
        {
            var hint = (left.Known, right.Known) switch
            {
                (ExpressionType.Date, ExpressionType.Text) or (ExpressionType.Text, ExpressionType.Date) => " (write a date as date '2024-01-31')",
                _ => "",
            };
            throw Error(at ?? op.Offset, $"cannot compare {Article(left.Known)} {TypeRules.Name(left.Known)} with {Article(right.Known)} {TypeRules.Name(right.Known)} using {op.Describe()}, expected values of the same type{hint}");
        }

        if (common == ExpressionType.Boolean && !equalityOnly)
        {
            throw Error(at ?? op.Offset, $"Boolean values have no order, expected '=' or '<>' instead of {op.Describe()}");
        }

        return common.Value;
    }

    private BoundNode ParseIn(BoundNode left, Token token, bool negated)
    {
        Typed(left);
        if (Current.Kind == TokenKind.LeftParen)
        {
            Advance();
            var items = new List<BoundNode>();
            var type = left.Known;
            do
            {
                var item = ParseOr();
                type = TypeRules.Common(type, Comparable(left, item, token, equalityOnly: true, at: item.Offset))!.Value;
                items.Add(item);
            }
            while (Current.Kind == TokenKind.Comma && Advance().Kind == TokenKind.Comma);

            Expect(TokenKind.RightParen, "',' or ')' in the list after 'in'");
            return new BoundInList(left, items, type, negated, token.Offset);
        }

        if (Current.Kind == TokenKind.CodeList)
        {
            var name = Current;
            var codes = CodeListOf(Advance());
            Require(left, ExpressionType.Text, "the value before 'in @" + name.Text + "'");
            return new BoundInCodes(left, Prefix: false, ["@" + name.Text], codes.Codes, negated, token.Offset);
        }

        if (AtWord("prefixes") && Peek().Kind == TokenKind.LeftParen)
        {
            Require(left, ExpressionType.Text, "the value before 'in prefixes(...)'");
            return ParsePrefixes(left, token, negated);
        }

        if (Current.Kind == TokenKind.Identifier && _environment.TryGetCodeList(Current.Text, out _))
        {
            throw Error(Current.Offset, $"'{Current.Text}' is a code list, expected '@{Current.Text}'");
        }

        throw Unexpected("a list in parentheses, a code list (@name) or prefixes(...) after 'in'");
    }

    private BoundInCodes ParsePrefixes(BoundNode left, Token token, bool negated)
    {
        Advance();
        Expect(TokenKind.LeftParen, "'(' after 'prefixes'");
        var display = new List<string>();
        var codes = new List<string>();
        do
        {
            var argument = Current;
            switch (argument.Kind)
            {
                case TokenKind.Text:
                    Advance();
                    display.Add(Printer.Quote(argument.Text));
                    codes.Add(argument.Text);
                    break;
                case TokenKind.CodeList:
                    Advance();
                    display.Add("@" + argument.Text);
                    codes.AddRange(CodeListOf(argument).Codes);
                    break;
                case TokenKind.Parameter:
                    var parameter = ParameterOf(Advance());
                    Require(parameter, ExpressionType.Text, $"the parameter '${argument.Text}' in prefixes(...)");
                    display.Add("$" + argument.Text);
                    codes.Add((string)parameter.Value);
                    break;
                default:
                    throw Unexpected("a text literal, a text parameter or a code list in prefixes(...)");
            }
        }
        while (Current.Kind == TokenKind.Comma && Advance().Kind == TokenKind.Comma);

        Expect(TokenKind.RightParen, "',' or ')' in prefixes(...)");
        return new BoundInCodes(left, Prefix: true, display, codes, negated, token.Offset);
    }

    private CodeList CodeListOf(Token token)
    {
        if (!_environment.TryGetCodeList(token.Text, out var codes))
        {
            throw Error(token.Offset, $"unknown code list '@{token.Text}'" + NameSuggestion.Hint("@" + token.Text, _environment.CodeListNames.Select(n => "@" + n), ", expected a code list the spec defines"));
        }

        return codes;
    }
}
