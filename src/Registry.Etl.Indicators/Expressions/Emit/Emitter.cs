using System.Reflection;
using Registry.Etl.Core.Data;
using Registry.Etl.Indicators.Expressions.Binding;
using Linq = System.Linq.Expressions;

namespace Registry.Etl.Indicators.Expressions.Emit;

/// <summary>
/// Turns a checked expression into one System.Linq.Expressions lambda over a row index, reading the bound
/// table's typed arrays directly; compiled once per bind, then called per row. Values travel as
/// bool?, long?, double?, int? (dates) and string, so nothing is boxed per row.
/// </summary>
internal sealed partial class Emitter
{
    private readonly Table _table;
    private readonly Linq.ParameterExpression _row = Linq.Expression.Parameter(typeof(int), "row");

    private Emitter(Table table) => _table = table;

    public static Func<int, TResult> Compile<TResult>(BoundNode root, ExpressionType asType, Table table)
    {
        var emitter = new Emitter(table);
        var body = emitter.Emit(root, asType);
        return Linq.Expression.Lambda<Func<int, TResult>>(body, emitter._row).Compile();
    }

    public static Type ClrType(ExpressionType type) => type switch
    {
        ExpressionType.Boolean => typeof(bool?),
        ExpressionType.Integer => typeof(long?),
        ExpressionType.Number => typeof(double?),
        ExpressionType.Date => typeof(int?),
        _ => typeof(string),
    };

    /// <summary>The node's value as <paramref name="asType"/> (only Integer widens to Number).</summary>
    private Linq.Expression Emit(BoundNode node, ExpressionType asType)
    {
        if (node.Type is null)
        {
            return Linq.Expression.Constant(null, ClrType(asType));
        }

        var value = EmitOwn(node);
        if (node.Type == asType)
        {
            return value;
        }

        if (node.Type == ExpressionType.Integer && asType == ExpressionType.Number)
        {
            return Call(nameof(Runtime.ToNumber), value);
        }

        throw new InvalidOperationException($"Cannot convert {node.Type} to {asType}.");
    }

    private Linq.Expression EmitOwn(BoundNode node) => node switch
    {
        BoundLiteral literal => Linq.Expression.Constant(literal.Value, ClrType(literal.Known)),
        BoundParameter parameter => Linq.Expression.Constant(parameter.Value, ClrType(parameter.Result)),
        BoundColumn column => ReadColumn(column),
        BoundNot not => Call(nameof(Runtime.Not), Emit(not.Operand, ExpressionType.Boolean)),
        BoundNegate negate => Generic(nameof(Runtime.Negate), negate.Result, Emit(negate.Operand, negate.Result)),
        BoundLogical logical => Logical(logical.Operator, Emit(logical.Left, ExpressionType.Boolean), Emit(logical.Right, ExpressionType.Boolean)),
        BoundArithmetic arithmetic => Arithmetic(arithmetic),
        BoundComparison comparison => Compare(comparison.Operator, comparison.OperandType, Emit(comparison.Left, comparison.OperandType), Emit(comparison.Right, comparison.OperandType)),
        BoundIsNull isNull => Negated(IsNull(isNull.Operand), isNull.Negated),
        BoundInList inList => Negated(InList(inList), inList.Negated),
        BoundInCodes inCodes => Negated(InCodes(inCodes), inCodes.Negated),
        BoundStartsWith startsWith => Negated(Call(nameof(Runtime.StartsWith), Emit(startsWith.Operand, ExpressionType.Text), Emit(startsWith.Prefix, ExpressionType.Text)), startsWith.Negated),
        BoundBetween between => Negated(Between(between), between.Negated),
        BoundFunction function => Function(function),
        BoundCase @case => Case(@case),
        _ => throw new InvalidOperationException($"Cannot compile {node.GetType().Name}."),
    };

    private static Linq.Expression Negated(Linq.Expression condition, bool negated) =>
        negated ? Call(nameof(Runtime.Not), condition) : condition;

    /// <summary>Kleene and/or that skips the right side when the left decides.</summary>
    private static Linq.Expression Logical(LogicalOperator op, Linq.Expression left, Linq.Expression right)
    {
        var l = Linq.Expression.Variable(typeof(bool?), "l");
        var and = op == LogicalOperator.And;
        return Linq.Expression.Block(
            [l],
            Linq.Expression.Assign(l, left),
            Linq.Expression.Condition(
                Call(and ? nameof(Runtime.IsFalse) : nameof(Runtime.IsTrue), l),
                Linq.Expression.Constant(!and, typeof(bool?)),
                Call(and ? nameof(Runtime.AndRest) : nameof(Runtime.OrRest), l, right)));
    }

    private Linq.Expression Arithmetic(BoundArithmetic node)
    {
        var (left, right) = (node.Left.Known, node.Right.Known);
        return (node.Operator, left, right) switch
        {
            (ArithmeticOperator.Subtract, ExpressionType.Date, ExpressionType.Date) =>
                Call(nameof(Runtime.DaysBetween), Emit(node.Right, ExpressionType.Date), Emit(node.Left, ExpressionType.Date)),
            (ArithmeticOperator.Add, ExpressionType.Date, _) =>
                Call(nameof(Runtime.AddDays), Emit(node.Left, ExpressionType.Date), Emit(node.Right, ExpressionType.Integer)),
            (ArithmeticOperator.Add, _, ExpressionType.Date) =>
                Call(nameof(Runtime.AddDays), Emit(node.Right, ExpressionType.Date), Emit(node.Left, ExpressionType.Integer)),
            (ArithmeticOperator.Subtract, ExpressionType.Date, _) =>
                Call(nameof(Runtime.SubtractDays), Emit(node.Left, ExpressionType.Date), Emit(node.Right, ExpressionType.Integer)),
            (ArithmeticOperator.Divide, _, _) =>
                Call(nameof(Runtime.Divide), Emit(node.Left, ExpressionType.Number), Emit(node.Right, ExpressionType.Number)),
            _ => Generic(
                node.Operator switch
                {
                    ArithmeticOperator.Add => nameof(Runtime.Add),
                    ArithmeticOperator.Subtract => nameof(Runtime.Subtract),
                    _ => nameof(Runtime.Multiply),
                },
                node.Type!.Value,
                Emit(node.Left, node.Type.Value),
                Emit(node.Right, node.Type.Value)),
        };
    }

    private static Linq.Expression Compare(ComparisonOperator op, ExpressionType type, Linq.Expression left, Linq.Expression right)
    {
        var name = op.ToString();
        return type switch
        {
            ExpressionType.Text => Call(name + "Text", left, right),
            ExpressionType.Boolean => Call(name + "Boolean", left, right),
            _ => Generic(name, type, left, right),
        };
    }

    private Linq.Expression IsNull(BoundNode operand) =>
        operand.Known == ExpressionType.Text
            ? Call(nameof(Runtime.IsNullText), Emit(operand, ExpressionType.Text))
            : Generic(nameof(Runtime.IsNull), operand.Known, Emit(operand, operand.Known));

    private static Linq.Expression Call(string name, params Linq.Expression[] arguments) =>
        Linq.Expression.Call(Method(name), arguments);

    /// <summary>Calls Runtime.name&lt;T&gt; with T the underlying value type of <paramref name="type"/>.</summary>
    private static Linq.Expression Generic(string name, ExpressionType type, params Linq.Expression[] arguments) =>
        Linq.Expression.Call(Method(name).MakeGenericMethod(Nullable.GetUnderlyingType(ClrType(type))!), arguments);

    private static MethodInfo Method(string name) =>
        typeof(Runtime).GetMethod(name, BindingFlags.Public | BindingFlags.Static)
        ?? throw new InvalidOperationException($"Runtime.{name} is missing.");
}
