namespace Registry.Etl.Linkage.Comparisons.Expressions;

internal sealed class LiteralNode(ExprValue value) : ExprNode
{
    public override ExprValue Eval(int left, int right) => value;
}
