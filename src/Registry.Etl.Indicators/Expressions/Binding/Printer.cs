using System.Globalization;
using System.Text;
using Registry.Etl.Core.Data;

namespace Registry.Etl.Indicators.Expressions.Binding;

/// <summary>
/// Renders a checked expression in its canonical form: lower-case keywords, single spaces, and only the
/// parentheses precedence needs. The form parses back to the same expression.
/// </summary>
internal static class Printer
{
    private const int Or = 1;
    private const int And = 2;
    private const int Not = 3;
    private const int Predicate = 4;
    private const int Additive = 5;
    private const int Multiplicative = 6;
    private const int Unary = 7;
    private const int Primary = 8;

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "not", "is", "null", "in", "between", "starts", "with", "true", "false",
        "date", "case", "when", "then", "else", "end",
    };

    public static string Print(BoundNode node)
    {
        var text = new StringBuilder();
        Write(text, node, Or);
        return text.ToString();
    }

    public static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    public static string Name(string column) =>
        column.Length > 0
        && (char.IsAsciiLetter(column[0]) || column[0] == '_')
        && column.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
        && !Reserved.Contains(column)
            ? column
            : "\"" + column.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static int Precedence(BoundNode node) => node switch
    {
        BoundLogical { Operator: LogicalOperator.Or } => Or,
        BoundLogical => And,
        BoundNot => Not,
        BoundComparison or BoundIsNull or BoundInList or BoundInCodes or BoundStartsWith or BoundBetween => Predicate,
        BoundArithmetic { Operator: ArithmeticOperator.Add or ArithmeticOperator.Subtract } => Additive,
        BoundArithmetic => Multiplicative,
        BoundNegate => Unary,
        _ => Primary,
    };

    private static void Write(StringBuilder text, BoundNode node, int minimum)
    {
        var parenthesise = Precedence(node) < minimum;
        if (parenthesise)
        {
            text.Append('(');
        }

        WriteBare(text, node);
        if (parenthesise)
        {
            text.Append(')');
        }
    }

    private static void WriteBare(StringBuilder text, BoundNode node)
    {
        switch (node)
        {
            case BoundLiteral literal:
                text.Append(Literal(literal));
                break;
            case BoundColumn column:
                text.Append(Name(column.Name));
                break;
            case BoundParameter parameter:
                text.Append('$').Append(parameter.Name);
                break;
            case BoundNot not:
                text.Append("not ");
                Write(text, not.Operand, Not);
                break;
            case BoundNegate negate:
                text.Append('-');
                // "--" would start a comment; a nested minus needs its own parentheses.
                Write(text, negate.Operand, negate.Operand is BoundNegate ? Primary + 1 : Unary);
                break;
            case BoundLogical logical:
                var level = logical.Operator == LogicalOperator.Or ? Or : And;
                Write(text, logical.Left, level);
                text.Append(logical.Operator == LogicalOperator.Or ? " or " : " and ");
                Write(text, logical.Right, level + 1);
                break;
            case BoundArithmetic arithmetic:
                var precedence = Precedence(arithmetic);
                Write(text, arithmetic.Left, precedence);
                text.Append(' ').Append(TypeRules.Symbol(arithmetic.Operator)).Append(' ');
                Write(text, arithmetic.Right, precedence + 1);
                break;
            case BoundComparison comparison:
                Write(text, comparison.Left, Additive);
                text.Append(' ').Append(TypeRules.Symbol(comparison.Operator)).Append(' ');
                Write(text, comparison.Right, Additive);
                break;
            default:
                WritePredicateOrCall(text, node);
                break;
        }
    }

    private static void WritePredicateOrCall(StringBuilder text, BoundNode node)
    {
        switch (node)
        {
            case BoundIsNull isNull:
                Write(text, isNull.Operand, Additive);
                text.Append(isNull.Negated ? " is not null" : " is null");
                break;
            case BoundInList inList:
                Write(text, inList.Operand, Additive);
                text.Append(inList.Negated ? " not in (" : " in (");
                WriteList(text, inList.Items);
                text.Append(')');
                break;
            case BoundInCodes inCodes:
                Write(text, inCodes.Operand, Additive);
                text.Append(inCodes.Negated ? " not in " : " in ");
                text.Append(inCodes.Prefix ? "prefixes(" + string.Join(", ", inCodes.Display) + ")" : inCodes.Display[0]);
                break;
            case BoundStartsWith startsWith:
                Write(text, startsWith.Operand, Additive);
                text.Append(startsWith.Negated ? " not starts with " : " starts with ");
                Write(text, startsWith.Prefix, Additive);
                break;
            case BoundBetween between:
                Write(text, between.Operand, Additive);
                text.Append(between.Negated ? " not between " : " between ");
                Write(text, between.Low, Additive);
                text.Append(" and ");
                Write(text, between.High, Additive);
                break;
            case BoundFunction function:
                text.Append(TypeRules.FunctionName(function.Function)).Append('(');
                WriteList(text, function.Arguments);
                text.Append(')');
                break;
            case BoundCase @case:
                text.Append("case");
                foreach (var when in @case.Whens)
                {
                    text.Append(" when ");
                    Write(text, when.Condition, Or);
                    text.Append(" then ");
                    Write(text, when.Value, Or);
                }

                if (@case.Else is { } otherwise)
                {
                    text.Append(" else ");
                    Write(text, otherwise, Or);
                }

                text.Append(" end");
                break;
            default:
                throw new InvalidOperationException($"No display form for {node.GetType().Name}.");
        }
    }

    private static void WriteList(StringBuilder text, IReadOnlyList<BoundNode> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            Write(text, items[i], Or);
        }
    }

    private static string Literal(BoundLiteral literal) => literal.Value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => literal.Written ?? d.ToString("R", CultureInfo.InvariantCulture),
        int days => "date '" + ColumnStorage.FromDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "'",
        string s => Quote(s),
        _ => throw new InvalidOperationException($"No display form for a literal of {literal.Value.GetType().Name}."),
    };
}
