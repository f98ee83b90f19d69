using Registry.Etl.Indicators.Expressions.Binding;

namespace Registry.Etl.Indicators.Expressions.Syntax;

/// <summary>
/// Recursive-descent parser that type-checks as it goes, so every error points at the token that caused it.
/// Precedence, loosest first: or; and; not; comparisons and predicates (is null, in, between, starts with);
/// + -; * /; unary minus; literals, names, calls and parentheses.
/// </summary>
internal sealed partial class Parser
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "not", "is", "null", "in", "between", "starts", "with", "true", "false",
        "date", "case", "when", "then", "else", "end",
    };

    private readonly List<Token> _tokens;
    private readonly SourceMap _map;
    private readonly ExpressionEnvironment _environment;
    private readonly SortedSet<string> _columns = new(StringComparer.Ordinal);
    private int _position;

    private Parser(List<Token> tokens, SourceMap map, ExpressionEnvironment environment)
    {
        _tokens = tokens;
        _map = map;
        _environment = environment;
    }

    public static BoundNode Parse(string text, ExpressionEnvironment environment, SourceMap map, out IReadOnlyList<string> columns)
    {
        var parser = new Parser(Lexer.Tokenize(text, map), map, environment);
        if (parser.Current.Kind == TokenKind.End)
        {
            throw map.Error(0, "the expression is empty, expected a value or a condition");
        }

        var node = parser.Typed(parser.ParseOr());
        if (parser.Current.Kind != TokenKind.End)
        {
            throw parser.Unexpected("an operator or the end of the expression");
        }

        columns = [.. parser._columns];
        return node;
    }

    private Token Current => _tokens[_position];

    private Token Peek(int ahead = 1) => _tokens[Math.Min(_position + ahead, _tokens.Count - 1)];

    private Token Advance() => _tokens[_position++];

    private bool AtWord(string word) => Current.IsWord(word);

    private Token Expect(TokenKind kind, string expected)
    {
        if (Current.Kind != kind)
        {
            throw Unexpected(expected);
        }

        return Advance();
    }

    private Token ExpectWord(string word, string expected)
    {
        if (!AtWord(word))
        {
            throw Unexpected(expected);
        }

        return Advance();
    }

    private ExpressionException Unexpected(string expected) =>
        _map.Error(Current.Offset, $"unexpected {Current.Describe()}, expected {expected}");

    private ExpressionException Error(int offset, string reason) => _map.Error(offset, reason);

    /// <summary>Rejects a bare null where a typed value is needed.</summary>
    private BoundNode Typed(BoundNode node) =>
        node.Type is null
            ? throw Error(node.Offset, "null cannot be used here, expected a value (to test for a missing value write 'x is null'; null may be a result of if, case or coalesce)")
            : node;

    private BoundNode Require(BoundNode node, ExpressionType type, string what)
    {
        Typed(node);
        if (node.Type != type && !(type == ExpressionType.Number && node.Type == ExpressionType.Integer))
        {
            throw Error(node.Offset, $"{what} must be {Article(type)} {TypeRules.Name(type)}, but this is {Article(node.Known)} {TypeRules.Name(node.Known)}");
        }

        return node;
    }

    private static string Article(ExpressionType type) => type == ExpressionType.Integer ? "an" : "a";

    private BoundNode ParseOr()
    {
        var left = ParseAnd();
        while (AtWord("or"))
        {
            var op = Advance();
            var right = ParseAnd();
            left = new BoundLogical(LogicalOperator.Or, Require(left, ExpressionType.Boolean, "the left side of 'or'"), Require(right, ExpressionType.Boolean, "the right side of 'or'"), op.Offset);
        }

        return left;
    }

    private BoundNode ParseAnd()
    {
        var left = ParseNot();
        while (AtWord("and"))
        {
            var op = Advance();
            var right = ParseNot();
            left = new BoundLogical(LogicalOperator.And, Require(left, ExpressionType.Boolean, "the left side of 'and'"), Require(right, ExpressionType.Boolean, "the right side of 'and'"), op.Offset);
        }

        return left;
    }

    private BoundNode ParseNot()
    {
        if (!AtWord("not"))
        {
            return ParsePredicate();
        }

        var op = Advance();
        var operand = ParseNot();
        return new BoundNot(Require(operand, ExpressionType.Boolean, "the operand of 'not'"), op.Offset);
    }

    private BoundNode ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (Current.Kind is TokenKind.Plus or TokenKind.Minus)
        {
            var op = Advance();
            var right = ParseMultiplicative();
            left = Arithmetic(op.Kind == TokenKind.Plus ? ArithmeticOperator.Add : ArithmeticOperator.Subtract, left, right, op);
        }

        return left;
    }

    private BoundNode ParseMultiplicative()
    {
        var left = ParseUnary();
        while (Current.Kind is TokenKind.Star or TokenKind.Slash)
        {
            var op = Advance();
            var right = ParseUnary();
            left = Arithmetic(op.Kind == TokenKind.Star ? ArithmeticOperator.Multiply : ArithmeticOperator.Divide, left, right, op);
        }

        return left;
    }

    private BoundNode ParseUnary()
    {
        if (Current.Kind != TokenKind.Minus)
        {
            return ParsePrimary();
        }

        var op = Advance();
        var operand = Typed(ParseUnary());
        if (!TypeRules.IsNumeric(operand.Known))
        {
            throw Error(op.Offset, $"cannot negate {Article(operand.Known)} {TypeRules.Name(operand.Known)}, expected an Integer or Number after '-'");
        }

        return new BoundNegate(operand, operand.Known, op.Offset);
    }

    private BoundArithmetic Arithmetic(ArithmeticOperator op, BoundNode left, BoundNode right, Token token)
    {
        Typed(left);
        Typed(right);
        var type = TypeRules.Arithmetic(op, left.Known, right.Known);
        if (type is null)
        {
            var hint = (op, left.Known, right.Known) switch
            {
                (ArithmeticOperator.Add or ArithmeticOperator.Subtract, ExpressionType.Date, ExpressionType.Number) =>
                    " (a number of days must be an Integer)",
                (ArithmeticOperator.Add, ExpressionType.Date, ExpressionType.Date) =>
                    " (subtract dates to get days: b - a)",
                _ => "",
            };
            throw Error(token.Offset, $"cannot apply '{TypeRules.Symbol(op)}' to {TypeRules.Name(left.Known)} and {TypeRules.Name(right.Known)}, expected numbers, or a date and an Integer number of days{hint}");
        }

        return new BoundArithmetic(op, left, right, type.Value, token.Offset);
    }
}
