using Registry.Etl.Linkage.Comparisons.Expressions;

namespace Registry.Etl.Linkage.Comparisons;

/// <summary>A level expression; a null result does not hold.</summary>
internal sealed class ExpressionTest(ExprNode expression) : LevelTest
{
    public override bool Holds(int left, int right, ref PairCache cache) => expression.Eval(left, right).IsTrue;
}
