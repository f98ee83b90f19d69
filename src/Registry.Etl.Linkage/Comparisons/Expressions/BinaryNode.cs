namespace Registry.Etl.Linkage.Comparisons.Expressions;

/// <summary>
/// Arithmetic, comparison and logic. Arithmetic on text parses it as a number; = and != compare as
/// numbers when both sides read as numbers, else as text; any null operand makes the result null
/// (false as a predicate), except for and/or, which short-circuit.
/// </summary>
internal sealed class BinaryNode(string op, ExprNode a, ExprNode b) : ExprNode
{
    public override ExprValue Eval(int left, int right)
    {
        if (op == "and")
        {
            return ExprValue.Of(a.Eval(left, right).IsTrue && b.Eval(left, right).IsTrue);
        }

        if (op == "or")
        {
            return ExprValue.Of(a.Eval(left, right).IsTrue || b.Eval(left, right).IsTrue);
        }

        var x = a.Eval(left, right);
        var y = b.Eval(left, right);
        if (x.IsNull || y.IsNull)
        {
            return ExprValue.Null;
        }

        switch (op)
        {
            case "+": return ExprValue.Of(x.AsNumber() + y.AsNumber());
            case "-": return ExprValue.Of(x.AsNumber() - y.AsNumber());
            case "*": return ExprValue.Of(x.AsNumber() * y.AsNumber());
            case "/": return ExprValue.Of(y.AsNumber() == 0 ? double.NaN : x.AsNumber() / y.AsNumber());
            case "%": return ExprValue.Of(y.AsNumber() == 0 ? double.NaN : x.AsNumber() % y.AsNumber());
        }

        var c = Compare(x, y);
        return op switch
        {
            "=" => ExprValue.Of(c == 0),
            "!=" => ExprValue.Of(c != 0),
            "<" => ExprValue.Of(c < 0),
            "<=" => ExprValue.Of(c <= 0),
            ">" => ExprValue.Of(c > 0),
            ">=" => ExprValue.Of(c >= 0),
            _ => ExprValue.Null,
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
