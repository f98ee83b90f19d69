namespace Registry.Etl.Linkage.Comparisons.Expressions;

/// <summary>
/// <c>=</c> or <c>!=</c> between two text columns (<c>l.dob_swap_key = r.dob_key</c>, <c>l != r</c>): the result
/// <see cref="BinaryNode"/> gives, from one integer per row and side. Each distinct value is put in a class once,
/// when the expression is compiled: by its number when it reads as one (so "007" and "7" are equal), else by its
/// text; two values are equal exactly when their classes are. A pair then costs two array reads, not two
/// strings fetched from memory and compared.
/// </summary>
internal sealed class TextEqualityNode : ExprNode
{
    private readonly ColumnNode _a;
    private readonly ColumnNode _b;
    private readonly int[] _classesA; // per row of a's side; -1 for null
    private readonly int[] _classesB;
    private readonly bool _equal;

    public TextEqualityNode(ColumnNode a, ColumnNode b, bool equal)
    {
        _a = a;
        _b = b;
        _equal = equal;
        var classes = new Classes();
        var shared = ReferenceEquals(a.Values, b.Values); // one encoding on both sides (l != r): no texts to match up
        var ofA = classes.Of(a, matchTexts: !shared);
        var ofB = shared ? ofA : classes.Of(b, matchTexts: true);
        _classesA = ByRow(a.Ids, ofA);
        _classesB = ByRow(b.Ids, ofB);
    }

    public override ExprValue Eval(int left, int right)
    {
        var x = _classesA[_a.LeftSide ? left : right];
        var y = _classesB[_b.LeftSide ? left : right];
        return x < 0 || y < 0 ? ExprValue.Null : ExprValue.Of((x == y) == _equal);
    }

    private static int[] ByRow(int[] ids, int[]? classOfValue) =>
        classOfValue is null ? ids : Array.ConvertAll(ids, id => id < 0 ? -1 : classOfValue[id]);

    /// <summary>Class numbers shared by both columns' values.</summary>
    private sealed class Classes
    {
        private readonly Dictionary<string, int> _texts = new(StringComparer.Ordinal);
        private readonly Dictionary<double, int> _numbers = [];

        /// <summary>The class of each distinct value of the column; null when it is the value's id (the column's own numbering will do).</summary>
        public int[]? Of(ColumnNode column, bool matchTexts)
        {
            var values = column.Values;
            var numbers = column.ValueNumbers!;
            if (_texts.Count == 0 && _numbers.Count == 0 && Array.TrueForAll(numbers, double.IsNaN))
            {
                // the first column and no value reads as a number: distinct values are distinct texts, ids are classes
                for (var id = 0; matchTexts && id < values.Length; id++)
                {
                    _texts.Add(values[id], id);
                }

                return null;
            }

            var classes = new int[values.Length];
            for (var id = 0; id < values.Length; id++)
            {
                classes[id] = double.IsNaN(numbers[id]) ? ClassOf(_texts, values[id]) : ClassOf(_numbers, numbers[id] == 0 ? 0.0 : numbers[id]);
            }

            return classes;
        }

        private int ClassOf<TKey>(Dictionary<TKey, int> map, TKey key)
            where TKey : notnull
        {
            if (!map.TryGetValue(key, out var c))
            {
                c = _texts.Count + _numbers.Count;
                map.Add(key, c);
            }

            return c;
        }
    }
}
