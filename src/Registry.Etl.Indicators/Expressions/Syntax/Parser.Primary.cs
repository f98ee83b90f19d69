using System.Globalization;
using Registry.Etl.Core.Data;
using Registry.Etl.Indicators.Expressions.Binding;

namespace Registry.Etl.Indicators.Expressions.Syntax;

internal sealed partial class Parser
{
    private BoundNode ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Integer:
                Advance();
                return long.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var integer)
                    ? new BoundLiteral(ExpressionType.Integer, integer, token.Offset)
                    : throw Error(token.Offset, $"the integer {token.Text} is too large, expected at most {long.MaxValue}");
            case TokenKind.Decimal:
                Advance();
                return new BoundLiteral(ExpressionType.Number, double.Parse(token.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), token.Offset, token.Text);
            case TokenKind.Text:
                Advance();
                return new BoundLiteral(ExpressionType.Text, token.Text, token.Offset);
            case TokenKind.Parameter:
                return ParameterOf(Advance());
            case TokenKind.QuotedIdentifier:
                return ColumnOf(Advance());
            case TokenKind.CodeList:
                throw Error(token.Offset, $"a code list can only follow 'in', expected 'x in @{token.Text}'");
            case TokenKind.LeftParen:
                Advance();
                var inner = ParseOr();
                Expect(TokenKind.RightParen, "')'");
                return inner;
            case TokenKind.Identifier:
                return ParseWord(token);
            default:
                throw Unexpected("a value (a column, literal, $parameter, function call or '(')");
        }
    }

    private BoundNode ParseWord(Token token)
    {
        if (Peek().Kind == TokenKind.LeftParen && !Reserved.Contains(token.Text))
        {
            return ParseCall();
        }

        var word = token.Text.ToLowerInvariant();
        switch (word)
        {
            case "true" or "false":
                Advance();
                return new BoundLiteral(ExpressionType.Boolean, word == "true", token.Offset);
            case "null":
                Advance();
                return new BoundLiteral(null, null, token.Offset);
            case "date":
                Advance();
                return ParseDateLiteral(token);
            case "case":
                return ParseCase();
            default:
                if (Reserved.Contains(word))
                {
                    throw Unexpected("a value (a column, literal, $parameter, function call or '('); write a column with this name as \"" + token.Text + "\"");
                }

                return ColumnOf(Advance());
        }
    }

    private BoundLiteral ParseDateLiteral(Token keyword)
    {
        if (Current.Kind != TokenKind.Text)
        {
            throw Unexpected("a date in quotes after 'date', like date '2024-01-31'");
        }

        var text = Advance();
        if (!DateOnly.TryParseExact(text.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw Error(text.Offset, $"'{text.Text}' is not a date, expected yyyy-MM-dd (a real calendar day)");
        }

        return new BoundLiteral(ExpressionType.Date, ColumnStorage.ToDays(date), keyword.Offset);
    }

    private BoundColumn ColumnOf(Token token)
    {
        var schema = _environment.Schema;
        if (!schema.TryIndexOf(token.Text, out var index))
        {
            throw Error(token.Offset, $"unknown column '{token.Text}'" + NameSuggestion.Hint(token.Text, schema.Select(c => c.Name), ", expected a column of the dataset"));
        }

        var column = schema[index];
        var type = column.Kind switch
        {
            ColumnKind.Boolean => ExpressionType.Boolean,
            ColumnKind.Int32 or ColumnKind.Int64 => ExpressionType.Integer,
            ColumnKind.Double or ColumnKind.Decimal => ExpressionType.Number,
            ColumnKind.Date => ExpressionType.Date,
            ColumnKind.String => ExpressionType.Text,
            _ => throw Error(token.Offset, $"column '{token.Text}' is a {column.Kind}, which expressions do not support, expected a Boolean, number, Date or text column"),
        };
        _columns.Add(column.Name);
        return new BoundColumn(type, column.Name, column.Kind, token.Offset);
    }

    private BoundParameter ParameterOf(Token token)
    {
        if (!_environment.TryGetParameter(token.Text, out var value))
        {
            throw Error(token.Offset, $"unknown parameter '${token.Text}'" + NameSuggestion.Hint("$" + token.Text, _environment.ParameterNames.Select(n => "$" + n), ", expected a parameter the spec defines"));
        }

        return value switch
        {
            bool b => new BoundParameter(ExpressionType.Boolean, token.Text, b, token.Offset),
            int i => new BoundParameter(ExpressionType.Integer, token.Text, (long)i, token.Offset),
            long l => new BoundParameter(ExpressionType.Integer, token.Text, l, token.Offset),
            double d => new BoundParameter(ExpressionType.Number, token.Text, d, token.Offset),
            DateOnly d => new BoundParameter(ExpressionType.Date, token.Text, ColumnStorage.ToDays(d), token.Offset),
            _ => new BoundParameter(ExpressionType.Text, token.Text, (string)value, token.Offset),
        };
    }

    private BoundCase ParseCase()
    {
        var keyword = Advance();
        if (!AtWord("when"))
        {
            throw Unexpected("'when' after 'case'");
        }

        var whens = new List<BoundWhen>();
        var results = new List<BoundNode>();
        while (AtWord("when"))
        {
            Advance();
            var condition = Require(ParseOr(), ExpressionType.Boolean, "the condition after 'when'");
            ExpectWord("then", "'then' after the condition of 'when'");
            var value = ParseOr();
            whens.Add(new BoundWhen(condition, value));
            results.Add(value);
        }

        BoundNode? otherwise = null;
        if (AtWord("else"))
        {
            Advance();
            otherwise = ParseOr();
            results.Add(otherwise);
        }

        ExpectWord("end", "'when', 'else' or 'end' in case");
        return new BoundCase(whens, otherwise, Unify(results, "the results of case"), keyword.Offset);
    }

    /// <summary>The one type several results share (Integer widens to Number; null takes the others' type).</summary>
    private ExpressionType Unify(IReadOnlyList<BoundNode> results, string what)
    {
        ExpressionType? type = null;
        foreach (var result in results)
        {
            if (result.Type is not { } t)
            {
                continue;
            }

            if (type is null)
            {
                type = t;
                continue;
            }

            type = TypeRules.Common(type.Value, t)
                ?? throw Error(result.Offset, $"{what} must have one type, but this is {Article(t)} {TypeRules.Name(t)} and an earlier one {Article(type.Value)} {TypeRules.Name(type.Value)}");
        }

        return type ?? throw Error(results[0].Offset, $"{what} are all null, expected at least one typed value");
    }
}
