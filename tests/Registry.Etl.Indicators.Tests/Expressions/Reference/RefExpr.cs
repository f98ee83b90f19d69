using System.Globalization;
using Registry.Etl.Indicators.Expressions;

namespace Registry.Etl.Indicators.Tests.Expressions.Reference;

/// <summary>
/// The test's own expression tree: generated at random, rendered to fully parenthesised text for the
/// compiler, and evaluated by <see cref="ReferenceInterpreter"/>. Independent of the production parser.
/// </summary>
internal abstract record RefExpr(ExpressionType Type)
{
    public abstract string Render();

    public override string ToString() => Render();

    protected static string List(IEnumerable<RefExpr> items) => string.Join(", ", items.Select(i => i.Render()));
}

/// <summary>A literal: bool, long, double, DateOnly, string, or null (typed by its context).</summary>
internal sealed record RefLiteral(ExpressionType Type, object? Value) : RefExpr(Type)
{
    public override string Render() => Value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("0.0##", CultureInfo.InvariantCulture),
        DateOnly d => $"date '{d:yyyy-MM-dd}'",
        string s => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'",
        _ => throw new InvalidOperationException(),
    };
}

internal sealed record RefColumn(ExpressionType Type, string Name) : RefExpr(Type)
{
    public override string Render() => Name == "end" ? "\"end\"" : Name;
}

internal sealed record RefParameter(ExpressionType Type, string Name) : RefExpr(Type)
{
    public override string Render() => "$" + Name;
}

/// <summary>not, - (negate).</summary>
internal sealed record RefUnary(ExpressionType Type, string Operator, RefExpr Operand) : RefExpr(Type)
{
    public override string Render() => Operator == "not" ? $"(not {Operand.Render()})" : $"(-{Operand.Render()})";
}

/// <summary>and, or, = &lt;&gt; &lt; &lt;= &gt; &gt;=, + - * /.</summary>
internal sealed record RefBinary(ExpressionType Type, string Operator, RefExpr Left, RefExpr Right) : RefExpr(Type)
{
    public override string Render() => $"({Left.Render()} {Operator} {Right.Render()})";
}

internal sealed record RefIsNull(RefExpr Operand, bool Negated) : RefExpr(ExpressionType.Boolean)
{
    public override string Render() => $"({Operand.Render()} is {(Negated ? "not " : "")}null)";
}

internal sealed record RefInList(RefExpr Operand, IReadOnlyList<RefExpr> Items, bool Negated) : RefExpr(ExpressionType.Boolean)
{
    public override string Render() => $"({Operand.Render()} {(Negated ? "not " : "")}in ({List(Items)}))";
}

/// <summary>x in @list (Prefix false, Codes the list) or x in prefixes('a', ...) (Prefix true).</summary>
internal sealed record RefInCodes(RefExpr Operand, string? ListName, IReadOnlyList<string> Codes, bool Prefix, bool Negated) : RefExpr(ExpressionType.Boolean)
{
    public override string Render()
    {
        var target = ListName is not null
            ? (Prefix ? $"prefixes(@{ListName})" : "@" + ListName)
            : "prefixes(" + string.Join(", ", Codes.Select(c => "'" + c + "'")) + ")";
        return $"({Operand.Render()} {(Negated ? "not " : "")}in {target})";
    }
}

internal sealed record RefStartsWith(RefExpr Operand, RefExpr Prefix, bool Negated) : RefExpr(ExpressionType.Boolean)
{
    public override string Render() => $"({Operand.Render()} {(Negated ? "not " : "")}starts with {Prefix.Render()})";
}

internal sealed record RefBetween(RefExpr Operand, RefExpr Low, RefExpr High, bool Negated) : RefExpr(ExpressionType.Boolean)
{
    public override string Render() => $"({Operand.Render()} {(Negated ? "not " : "")}between {Low.Render()} and {High.Render()})";
}

/// <summary>coalesce, if, days_between, year, quarter, month, age_at, abs.</summary>
internal sealed record RefCall(ExpressionType Type, string Name, IReadOnlyList<RefExpr> Arguments) : RefExpr(Type)
{
    public override string Render() => $"{Name}({List(Arguments)})";
}

internal sealed record RefCase(ExpressionType Type, IReadOnlyList<(RefExpr When, RefExpr Then)> Whens, RefExpr? Else) : RefExpr(Type)
{
    public override string Render() =>
        "(case" + string.Concat(Whens.Select(w => $" when {w.When.Render()} then {w.Then.Render()}"))
        + (Else is null ? "" : " else " + Else.Render()) + " end)";
}
