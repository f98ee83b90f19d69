using System.Globalization;
using Registry.Etl.Core;
using Registry.Etl.Linkage.Data;
using Registry.Etl.Linkage.Model;

namespace Registry.Etl.Linkage.Comparisons.Expressions;

/// <summary>
/// Recursive-descent parser for level expressions: or &lt; and &lt; not &lt; comparison &lt; + - &lt; * / % &lt; unary &lt; call/atom.
/// Identifiers: <c>l</c>, <c>r</c> (the comparison's column), <c>l.name</c>, <c>r.name</c> (any column).
/// </summary>
internal sealed class ExprParser
{
    private readonly List<string> _tokens;
    private readonly string _text;
    private readonly InputData _data;
    private readonly ColumnRef _column;
    private int _pos;

    private ExprParser(string text, InputData data, ColumnRef column)
    {
        _text = text;
        _data = data;
        _column = column;
        _tokens = ExprTokenizer.Tokenize(text);
    }

    /// <summary>Columns the expression reads (besides the comparison's own column).</summary>
    public List<ColumnRef> Columns { get; } = [];

    public static ExprNode Parse(string text, InputData data, ColumnRef column, List<ColumnRef> columnsRead)
    {
        var parser = new ExprParser(text, data, column);
        var node = parser.Or();
        if (parser._pos != parser._tokens.Count)
        {
            parser.Fail($"unexpected '{parser._tokens[parser._pos]}'");
        }

        columnsRead.AddRange(parser.Columns);
        return node;
    }

    private ExprNode Or()
    {
        var left = And();
        while (Accept("or") || Accept("||"))
        {
            left = new BinaryNode("or", left, And());
        }

        return left;
    }

    private ExprNode And()
    {
        var left = Not();
        while (Accept("and") || Accept("&&"))
        {
            left = new BinaryNode("and", left, Not());
        }

        return left;
    }

    private ExprNode Not() => Accept("not") || Accept("!") ? new UnaryNode("not", Not()) : Comparison();

    private ExprNode Comparison()
    {
        var left = Sum();
        if (Peek() is "=" or "==" or "!=" or "<>" or "<" or "<=" or ">" or ">=")
        {
            var op = _tokens[_pos++] switch { "==" => "=", "<>" => "!=", var o => o };
            var right = Sum();
            return op is "=" or "!=" && left is ColumnNode { IsText: true } a && right is ColumnNode { IsText: true } b
                ? new TextEqualityNode(a, b, equal: op == "=")
                : new BinaryNode(op, left, right);
        }

        return left;
    }

    private ExprNode Sum()
    {
        var left = Product();
        while (Peek() is "+" or "-")
        {
            var op = _tokens[_pos++];
            left = new BinaryNode(op, left, Product());
        }

        return left;
    }

    private ExprNode Product()
    {
        var left = Unary();
        while (Peek() is "*" or "/" or "%")
        {
            var op = _tokens[_pos++];
            left = new BinaryNode(op, left, Unary());
        }

        return left;
    }

    private ExprNode Unary() => Accept("-") ? new UnaryNode("-", Unary()) : Atom();

    private ExprNode Atom()
    {
        var t = Peek() ?? Fail<string>("unexpected end");
        _pos++;
        if (t == "(")
        {
            var inner = Or();
            Expect(")");
            return inner;
        }

        if (t[0] is '\'' or '"')
        {
            var text = t[1..^1];
            return new LiteralNode(ExprValue.Of(text, ExprValue.ReadNumber(text))); // read as a number once
        }

        if (char.IsDigit(t[0]) || t[0] == '.')
        {
            return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
                ? new LiteralNode(ExprValue.Of(n))
                : Fail<ExprNode>($"bad number '{t}'");
        }

        switch (t)
        {
            case "null": return new LiteralNode(ExprValue.Null);
            case "true": return new LiteralNode(ExprValue.True);
            case "false": return new LiteralNode(ExprValue.False);
            case "l": return ColumnValue(_column, true);
            case "r": return ColumnValue(_column, false);
        }

        if (t.StartsWith("l.", StringComparison.Ordinal) || t.StartsWith("r.", StringComparison.Ordinal))
        {
            var col = ColumnRef.Same(t[2..]);
            Columns.Add(col);
            return ColumnValue(col, t[0] == 'l');
        }

        if (Accept("("))
        {
            return Call(t);
        }

        return Fail<ExprNode>($"unknown name '{t}' (use l, r, l.column, r.column or a function call)");
    }

    private ExprNode Call(string name)
    {
        if (!CallNode.Arity.TryGetValue(name, out var arity))
        {
            Fail($"unknown function '{name}'; known: {string.Join(", ", CallNode.Arity.Keys.Order(StringComparer.Ordinal))}");
        }

        var args = new List<ExprNode>();
        if (!Accept(")"))
        {
            do
            {
                args.Add(Or());
            }
            while (Accept(","));
            Expect(")");
        }

        if (args.Count < arity.Min || args.Count > arity.Max)
        {
            Fail($"{name} takes {arity.Min}{(arity.Max != arity.Min ? ".." + arity.Max : string.Empty)} arguments, got {args.Count}");
        }

        return new CallNode(name, [.. args]);
    }

    private ColumnNode ColumnValue(ColumnRef column, bool left)
    {
        var c = left ? _data.LeftColumn(column) : _data.RightColumn(column);
        var numeric = c.Kind is not (Core.Data.ColumnKind.String or Core.Data.ColumnKind.Boolean);
        return new ColumnNode(_data.Strings(column), numeric ? _data.Numbers(column) : null, left);
    }

    private string? Peek() => _pos < _tokens.Count ? _tokens[_pos] : null;

    private bool Accept(string token)
    {
        if (Peek() == token)
        {
            _pos++;
            return true;
        }

        return false;
    }

    private void Expect(string token)
    {
        if (!Accept(token))
        {
            Fail($"expected '{token}'");
        }
    }

    private void Fail(string message) => Throw.Configuration($"Expression '{_text}': {message}.");

    private T Fail<T>(string message) => Throw.Configuration<T>($"Expression '{_text}': {message}.");
}
