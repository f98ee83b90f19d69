namespace Registry.Etl.Linkage.Comparisons.Expressions;

/// <summary>
/// Arithmetic, comparison and logic. Arithmetic on text parses it as a number; = and != compare as
/// numbers when both sides read as numbers, else as text; any null operand makes the result null
/// (false as a predicate), except for and/or, which short-circuit.
/// </summary>
internal sealed class BinaryNode(string op, ExprNode a, ExprNode b) : ExprNode
{
    // the operator decided once, when the expression is compiled, not per pair
    private readonly Operator _op = op switch
    {
        "and" => Operator.And,
        "or" => Operator.Or,
        "+" => Operator.Add,
        "-" => Operator.Subtract,
        "*" => Operator.Multiply,
        "/" => Operator.Divide,
        "%" => Operator.Remainder,
        "=" => Operator.Equal,
        "!=" => Operator.NotEqual,
        "<" => Operator.Less,
        "<=" => Operator.LessOrEqual,
        ">" => Operator.Greater,
        ">=" => Operator.GreaterOrEqual,
        _ => throw new ArgumentException($"Unknown operator '{op}'.", nameof(op)),
    };

    private enum Operator
    {
        And,
        Or,
        Add,
        Subtract,
        Multiply,
        Divide,
        Remainder,
        Equal,
        NotEqual,
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual,
    }

    public override ExprValue Eval(int left, int right)
    {
        switch (_op)
        {
            case Operator.And: return ExprValue.Of(a.Eval(left, right).IsTrue && b.Eval(left, right).IsTrue);
            case Operator.Or: return ExprValue.Of(a.Eval(left, right).IsTrue || b.Eval(left, right).IsTrue);
        }

        var x = a.Eval(left, right);
        var y = b.Eval(left, right);
        if (x.IsNull || y.IsNull)
        {
            return ExprValue.Null;
        }

        switch (_op)
        {
            case Operator.Add: return ExprValue.Of(x.AsNumber() + y.AsNumber());
            case Operator.Subtract: return ExprValue.Of(x.AsNumber() - y.AsNumber());
            case Operator.Multiply: return ExprValue.Of(x.AsNumber() * y.AsNumber());
            case Operator.Divide: return ExprValue.Of(y.AsNumber() == 0 ? double.NaN : x.AsNumber() / y.AsNumber());
            case Operator.Remainder: return ExprValue.Of(y.AsNumber() == 0 ? double.NaN : x.AsNumber() % y.AsNumber());
        }

        var c = Compare(x, y);
        return _op switch
        {
            Operator.Equal => ExprValue.Of(c == 0),
            Operator.NotEqual => ExprValue.Of(c != 0),
            Operator.Less => ExprValue.Of(c < 0),
            Operator.LessOrEqual => ExprValue.Of(c <= 0),
            Operator.Greater => ExprValue.Of(c > 0),
            _ => ExprValue.Of(c >= 0),
        };
    }

    private static int Compare(ExprValue x, ExprValue y)
    {
        var nx = x.AsNumber();
        var ny = y.AsNumber();
        if (!double.IsNaN(nx) && !double.IsNaN(ny))
        {
            return nx.CompareTo(ny);
        }

        return string.CompareOrdinal(x.AsText(), y.AsText());
    }
}
