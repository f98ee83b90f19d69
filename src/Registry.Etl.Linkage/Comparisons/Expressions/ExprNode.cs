namespace Registry.Etl.Linkage.Comparisons.Expressions;

/// <summary>A node of a compiled level expression, evaluated for one pair (left row, right row).</summary>
internal abstract class ExprNode
{
    public abstract ExprValue Eval(int left, int right);
}
