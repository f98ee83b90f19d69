using Registry.Etl.Linkage.Data;

namespace Registry.Etl.Linkage.Comparisons.Expressions;

/// <summary><c>l</c>, <c>r</c>, <c>l.col</c> or <c>r.col</c>: text for string columns, numbers for numeric ones, days for dates.</summary>
internal sealed class ColumnNode : ExprNode
{
    private readonly double[]? _numbers;

    public ColumnNode(EncodedStrings strings, NumberValues? numbers, bool leftSide)
    {
        LeftSide = leftSide;
        Ids = leftSide ? strings.Left : strings.Right;
        Values = strings.Values;
        _numbers = numbers is null ? null : leftSide ? numbers.Left : numbers.Right;
        ValueNumbers = numbers is null ? strings.ValueNumbers(ExprValue.ReadNumber) : null; // read once, here, not per pair
    }

    /// <summary>Whether the node reads the pair's left record (else its right).</summary>
    public bool LeftSide { get; }

    /// <summary>Whether the column is text (else numbers, or days for dates).</summary>
    public bool IsText => _numbers is null;

    /// <summary>The value id per row of the node's side; -1 for null.</summary>
    public int[] Ids { get; }

    /// <summary>The distinct values the ids number.</summary>
    public string[] Values { get; }

    /// <summary>Each distinct value read as a number (NaN when it is none); null for a numeric column.</summary>
    public double[]? ValueNumbers { get; }

    public override ExprValue Eval(int left, int right)
    {
        var row = LeftSide ? left : right;
        if (_numbers is not null)
        {
            return ExprValue.Of(_numbers[row]);
        }

        var id = Ids[row];
        return id < 0 ? ExprValue.Null : ExprValue.Of(Values[id], ValueNumbers![id]);
    }
}
