using Registry.Etl.Linkage.Data;

namespace Registry.Etl.Linkage.Comparisons.Expressions;

/// <summary><c>l</c>, <c>r</c>, <c>l.col</c> or <c>r.col</c>: text for string columns, numbers for numeric ones, days for dates.</summary>
internal sealed class ColumnNode(EncodedStrings strings, NumberValues? numbers, bool leftSide) : ExprNode
{
    public override ExprValue Eval(int left, int right)
    {
        var row = leftSide ? left : right;
        if (numbers is not null)
        {
            return ExprValue.Of((leftSide ? numbers.Left : numbers.Right)[row]);
        }

        var id = (leftSide ? strings.Left : strings.Right)[row];
        return id < 0 ? ExprValue.Null : ExprValue.Of(strings.Values[id]);
    }
}
