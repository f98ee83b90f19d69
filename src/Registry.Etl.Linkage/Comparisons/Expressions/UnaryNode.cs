namespace Registry.Etl.Linkage.Comparisons.Expressions;

internal sealed class UnaryNode(string op, ExprNode operand) : ExprNode
{
    private readonly bool _not = op == "not"; // else negation; decided once, not per pair

    public override ExprValue Eval(int left, int right)
    {
        var v = operand.Eval(left, right);
        if (_not)
        {
            return ExprValue.Of(!v.IsTrue);
        }

        return v.IsNull ? ExprValue.Null : ExprValue.Of(-v.AsNumber());
    }
}
