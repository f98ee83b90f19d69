using Registry.Etl.Core.Data;
using Registry.Etl.Indicators.Expressions.Binding;
using Registry.Etl.Indicators.Expressions.Emit;

namespace Registry.Etl.Indicators.Expressions;

/// <summary>
/// A checked expression. Bind it to a table (whose columns match the schema it was compiled against) to get
/// a compiled row function: row index to value, null meaning unknown. Bind once per table (binding compiles
/// code, about a millisecond), call per row. The functions only read the table, so one may be called from
/// several threads.
/// </summary>
public sealed class CompiledExpression
{
    private readonly BoundNode _root;

    internal CompiledExpression(string text, BoundNode root, IReadOnlyList<string> columns)
    {
        Text = text;
        _root = root;
        Type = root.Known;
        Columns = columns;
    }

    /// <summary>The text as written in the spec.</summary>
    public string Text { get; }

    public ExpressionType Type { get; }

    /// <summary>The columns the expression reads, distinct and in ordinal order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <exception cref="InvalidOperationException">The expression is not Boolean.</exception>
    public Func<int, bool?> BindBoolean(Table table) => Bind<bool?>(table, ExpressionType.Boolean, Type == ExpressionType.Boolean);

    /// <summary>An Integer or Number expression, as a double.</summary>
    /// <exception cref="InvalidOperationException">The expression is not Integer or Number.</exception>
    public Func<int, double?> BindNumber(Table table) =>
        Bind<double?>(table, ExpressionType.Number, Type is ExpressionType.Integer or ExpressionType.Number);

    /// <summary>A Date expression, as days since 1970-01-01.</summary>
    /// <exception cref="InvalidOperationException">The expression is not a Date.</exception>
    public Func<int, int?> BindDate(Table table) => Bind<int?>(table, ExpressionType.Date, Type == ExpressionType.Date);

    /// <exception cref="InvalidOperationException">The expression is not Text.</exception>
    public Func<int, string?> BindText(Table table) => Bind<string?>(table, ExpressionType.Text, Type == ExpressionType.Text);

    /// <summary>The canonical form: lower-case keywords, single spaces, only the parentheses precedence needs.</summary>
    public string ToDisplayString() => Printer.Print(_root);

    public override string ToString() => ToDisplayString();

    private Func<int, T> Bind<T>(Table table, ExpressionType asType, bool allowed)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (!allowed)
        {
            throw new InvalidOperationException($"The expression '{ToDisplayString()}' is {Type}, not {asType}.");
        }

        return Emitter.Compile<T>(_root, asType, table);
    }
}
