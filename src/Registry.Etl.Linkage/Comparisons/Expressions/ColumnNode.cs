using Registry.Etl.Linkage.Data;

namespace Registry.Etl.Linkage.Comparisons.Expressions;

/// <summary><c>l</c>, <c>r</c>, <c>l.col</c> or <c>r.col</c>: text for string columns, numbers for numeric ones, days for dates.</summary>
internal sealed class ColumnNode : ExprNode
{
    private readonly int[] _ids;
    private readonly string[] _values;
    private readonly double[]? _valueNumbers;
    private readonly double[]? _numbers;
    private readonly bool _leftSide;

    public ColumnNode(EncodedStrings strings, NumberValues? numbers, bool leftSide)
    {
        _leftSide = leftSide;
        _ids = leftSide ? strings.Left : strings.Right;
        _values = strings.Values;
        _numbers = numbers is null ? null : leftSide ? numbers.Left : numbers.Right;
        _valueNumbers = numbers is null ? strings.ValueNumbers(ExprValue.ReadNumber) : null; // read once, here, not per pair
    }

    public override ExprValue Eval(int left, int right)
    {
        var row = _leftSide ? left : right;
        if (_numbers is not null)
        {
            return ExprValue.Of(_numbers[row]);
        }

        var id = _ids[row];
        return id < 0 ? ExprValue.Null : ExprValue.Of(_values[id], _valueNumbers![id]);
    }
}
