using System.Runtime.InteropServices;
using Registry.Etl.Core.Data;
using Registry.Etl.Indicators.Expressions.Binding;
using Linq = System.Linq.Expressions;

namespace Registry.Etl.Indicators.Expressions.Emit;

internal sealed partial class Emitter
{
    private Linq.Expression ReadColumn(BoundColumn bound)
    {
        if (!_table.Schema.TryIndexOf(bound.Name, out var index))
        {
            throw new ArgumentException($"The table has no column '{bound.Name}', which the expression uses.", "table");
        }

        var column = _table[index];
        if (column.Kind != bound.Kind)
        {
            throw new ArgumentException($"Column '{bound.Name}' is {column.Kind} in the table but was {bound.Kind} when the expression was compiled.", "table");
        }

        return column switch
        {
            StringColumn text => Linq.Expression.ArrayIndex(Linq.Expression.Constant(ArrayOf(text.ValuesMemory)), _row),
            Column<bool> c => Read(c, bound.Result),
            Column<int> c when c.Kind == ColumnKind.Date => Read(c, bound.Result),
            Column<int> c => Read(c, bound.Result),
            Column<long> c => Read(c, bound.Result),
            Column<double> c => Read(c, bound.Result),
            Column<decimal> c => Read(c, bound.Result),
            _ => throw new ArgumentException($"Column '{bound.Name}' has an unsupported storage.", "table"),
        };
    }

    /// <summary>valid[row] ? (T?)convert(values[row]) : null, or without the test when the column has no nulls.</summary>
    private Linq.Expression Read<T>(Column<T> column, ExpressionType type)
        where T : unmanaged
    {
        var clr = ClrType(type);
        var underlying = Nullable.GetUnderlyingType(clr)!;
        Linq.Expression value = Linq.Expression.ArrayIndex(Linq.Expression.Constant(ArrayOf(column.ValuesMemory)), _row);
        if (underlying != typeof(T))
        {
            value = Linq.Expression.Convert(value, underlying);
        }

        value = Linq.Expression.Convert(value, clr);
        if (column.NullCount == 0)
        {
            return value;
        }

        var valid = Linq.Expression.ArrayIndex(Linq.Expression.Constant(ArrayOf(column.ValidityMemory)), _row);
        return Linq.Expression.Condition(valid, value, Linq.Expression.Constant(null, clr));
    }

    /// <summary>The array behind the memory, copied only if the memory is a slice.</summary>
    private static T[] ArrayOf<T>(ReadOnlyMemory<T> memory) =>
        MemoryMarshal.TryGetArray(memory, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : memory.ToArray();

    private Linq.Expression InList(BoundInList node)
    {
        var type = node.OperandType;
        if (node.Items.All(i => i is BoundLiteral { Value: not null } or BoundParameter))
        {
            var constants = node.Items.Select(Constant).ToList();
            return type switch
            {
                ExpressionType.Text => Call(nameof(Runtime.InText), Emit(node.Operand, type), Linq.Expression.Constant(new HashSet<string>(constants.Cast<string>(), StringComparer.Ordinal))),
                ExpressionType.Boolean => Generic(nameof(Runtime.In), type, Emit(node.Operand, type), Linq.Expression.Constant(new HashSet<bool>(constants.Cast<bool>()))),
                ExpressionType.Integer => Generic(nameof(Runtime.In), type, Emit(node.Operand, type), Linq.Expression.Constant(new HashSet<long>(constants.Cast<long>()))),
                ExpressionType.Date => Generic(nameof(Runtime.In), type, Emit(node.Operand, type), Linq.Expression.Constant(new HashSet<int>(constants.Cast<int>()))),
                _ => Generic(nameof(Runtime.In), type, Emit(node.Operand, type), Linq.Expression.Constant(new HashSet<double>(constants.Select(c => c is long l ? l : (double)c)))),
            };
        }

        // x = a or x = b or ...: the SQL rule (true if any matches, else unknown if any side is null).
        var value = Linq.Expression.Variable(ClrType(type), "x");
        Linq.Expression? result = null;
        foreach (var item in node.Items)
        {
            var equal = Compare(ComparisonOperator.Equal, type, value, Emit(item, type));
            result = result is null ? equal : Logical(LogicalOperator.Or, result, equal);
        }

        return Linq.Expression.Block([value], Linq.Expression.Assign(value, Emit(node.Operand, type)), result!);
    }

    private static object Constant(BoundNode node) => node switch
    {
        BoundLiteral literal => literal.Value!,
        BoundParameter parameter => parameter.Value,
        _ => throw new InvalidOperationException("Not a constant."),
    };

    private Linq.Expression InCodes(BoundInCodes node)
    {
        var value = Emit(node.Operand, ExpressionType.Text);
        return node.Prefix
            ? Call(nameof(Runtime.StartsWithAny), value, Linq.Expression.Constant(node.Codes.Distinct(StringComparer.Ordinal).ToArray()))
            : Call(nameof(Runtime.InText), value, Linq.Expression.Constant(new HashSet<string>(node.Codes, StringComparer.Ordinal)));
    }

    private Linq.Expression Between(BoundBetween node)
    {
        var type = node.OperandType;
        var value = Linq.Expression.Variable(ClrType(type), "x");
        var low = Compare(ComparisonOperator.GreaterOrEqual, type, value, Emit(node.Low, type));
        var high = Compare(ComparisonOperator.LessOrEqual, type, value, Emit(node.High, type));
        return Linq.Expression.Block([value], Linq.Expression.Assign(value, Emit(node.Operand, type)), Logical(LogicalOperator.And, low, high));
    }

    private Linq.Expression Function(BoundFunction node)
    {
        var args = node.Arguments;
        switch (node.Function)
        {
            case Binding.Function.Coalesce:
                var result = Emit(args[^1], node.Type!.Value);
                for (var i = args.Count - 2; i >= 0; i--)
                {
                    result = Linq.Expression.Coalesce(Emit(args[i], node.Type.Value), result);
                }

                return result;
            case Binding.Function.If:
                return Linq.Expression.Condition(
                    Call(nameof(Runtime.IsTrue), Emit(args[0], ExpressionType.Boolean)),
                    Emit(args[1], node.Type!.Value),
                    Emit(args[2], node.Type.Value));
            case Binding.Function.Abs:
                return Generic(nameof(Runtime.Abs), node.Type!.Value, Emit(args[0], node.Type.Value));
            case Binding.Function.DaysBetween:
            case Binding.Function.AgeAt:
                return Call(node.Function.ToString(), Emit(args[0], ExpressionType.Date), Emit(args[1], ExpressionType.Date));
            default:
                return Call(node.Function.ToString(), Emit(args[0], ExpressionType.Date));
        }
    }

    /// <summary>The first true condition picks its value; an unknown condition is not true; no else is null.</summary>
    private Linq.Expression Case(BoundCase node)
    {
        var type = node.Type!.Value;
        var result = node.Else is { } otherwise ? Emit(otherwise, type) : Linq.Expression.Constant(null, ClrType(type));
        for (var i = node.Whens.Count - 1; i >= 0; i--)
        {
            result = Linq.Expression.Condition(
                Call(nameof(Runtime.IsTrue), Emit(node.Whens[i].Condition, ExpressionType.Boolean)),
                Emit(node.Whens[i].Value, type),
                result);
        }

        return result;
    }
}
