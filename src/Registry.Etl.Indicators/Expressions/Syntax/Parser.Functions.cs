using Registry.Etl.Indicators.Expressions.Binding;

namespace Registry.Etl.Indicators.Expressions.Syntax;

internal sealed partial class Parser
{
    private static readonly Dictionary<string, Function> Functions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["coalesce"] = Function.Coalesce,
        ["if"] = Function.If,
        ["days_between"] = Function.DaysBetween,
        ["year"] = Function.Year,
        ["quarter"] = Function.Quarter,
        ["month"] = Function.Month,
        ["age_at"] = Function.AgeAt,
        ["abs"] = Function.Abs,
    };

    private BoundNode ParseCall()
    {
        var name = Advance();
        if (!Functions.TryGetValue(name.Text, out var function))
        {
            if (name.IsWord("prefixes"))
            {
                throw Error(name.Offset, "prefixes(...) can only follow 'in', expected 'x in prefixes(...)'");
            }

            throw Error(name.Offset, $"unknown function '{name.Text}'" + NameSuggestion.Hint(name.Text, Functions.Keys, ", expected one of " + string.Join(", ", Functions.Keys)));
        }

        Expect(TokenKind.LeftParen, "'('");
        var arguments = new List<BoundNode>();
        if (Current.Kind != TokenKind.RightParen)
        {
            do
            {
                arguments.Add(ParseOr());
            }
            while (Current.Kind == TokenKind.Comma && Advance().Kind == TokenKind.Comma);
        }

        var close = Expect(TokenKind.RightParen, "',' or ')' in the arguments of " + name.Text);
        return Check(function, name, arguments, close);
    }

    private BoundFunction Check(Function function, Token name, List<BoundNode> arguments, Token close)
    {
        var label = TypeRules.FunctionName(function);
        switch (function)
        {
            case Function.Coalesce:
                Arity(label, arguments, close, 2, int.MaxValue, "coalesce(a, b, ...)");
                return new BoundFunction(function, arguments, Unify(arguments, "the arguments of coalesce"), name.Offset);
            case Function.If:
                Arity(label, arguments, close, 3, 3, "if(condition, then, else)");
                Require(arguments[0], ExpressionType.Boolean, "the condition of if");
                return new BoundFunction(function, arguments, Unify(arguments.GetRange(1, 2), "the results of if"), name.Offset);
            case Function.DaysBetween or Function.AgeAt:
                Arity(label, arguments, close, 2, 2, function == Function.AgeAt ? "age_at(birth_date, date)" : "days_between(from, to)");
                Require(arguments[0], ExpressionType.Date, $"the first argument of {label}");
                Require(arguments[1], ExpressionType.Date, $"the second argument of {label}");
                return new BoundFunction(function, arguments, ExpressionType.Integer, name.Offset);
            case Function.Abs:
                Arity(label, arguments, close, 1, 1, "abs(number)");
                Typed(arguments[0]);
                if (!TypeRules.IsNumeric(arguments[0].Known))
                {
                    throw Error(arguments[0].Offset, $"the argument of abs must be an Integer or Number, but this is {Article(arguments[0].Known)} {TypeRules.Name(arguments[0].Known)}");
                }

                return new BoundFunction(function, arguments, arguments[0].Known, name.Offset);
            default:
                Arity(label, arguments, close, 1, 1, label + "(date)");
                Require(arguments[0], ExpressionType.Date, $"the argument of {label}");
                return new BoundFunction(function, arguments, ExpressionType.Integer, name.Offset);
        }
    }

    /// <summary>Too many arguments points at the first extra one; too few at the closing parenthesis.</summary>
    private void Arity(string label, List<BoundNode> arguments, Token close, int min, int max, string usage)
    {
        if (arguments.Count > max)
        {
            throw Error(arguments[max].Offset, $"{label} takes {Count(max)}, but got {arguments.Count}, expected {usage}");
        }

        if (arguments.Count < min)
        {
            var what = min == max ? Count(min) : $"at least {Count(min)}";
            throw Error(close.Offset, $"{label} takes {what}, but got {arguments.Count}, expected {usage}");
        }
    }

    private static string Count(int n) => n == 1 ? "1 argument" : $"{n} arguments";
}
