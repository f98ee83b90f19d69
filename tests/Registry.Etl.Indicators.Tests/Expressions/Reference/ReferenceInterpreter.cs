using Registry.Etl.Core.Data;
using Registry.Etl.Indicators.Expressions;

namespace Registry.Etl.Indicators.Tests.Expressions.Reference;

/// <summary>
/// A deliberately plain tree-walking interpreter over boxed values (bool, long, double, DateOnly, string),
/// written from the language reference, to check the compiled delegates against.
/// </summary>
internal static class ReferenceInterpreter
{
    public static readonly IReadOnlyDictionary<string, object> Parameters = new Dictionary<string, object>
    {
        ["node_threshold"] = 10L,
        ["big"] = 5_000_000_000L,
        ["ratio"] = 0.5,
        ["site"] = "C18",
        ["strict"] = true,
        ["cutoff"] = new DateOnly(2024, 1, 31),
    };

    public static object? Evaluate(RefExpr e, Table table, int row) => Normalise(e.Type, EvaluateRaw(e, table, row));

    private static object? Normalise(ExpressionType type, object? value) =>
        type == ExpressionType.Number && value is long l ? (double)l : value;

    private static object? EvaluateRaw(RefExpr e, Table table, int row) => e switch
    {
        RefLiteral l => l.Value,
        RefParameter p => Parameters[p.Name],
        RefColumn c => Read(table[c.Name], row),
        RefUnary { Operator: "not" } u => Evaluate(u.Operand, table, row) is bool b ? !b : null,
        RefUnary u => Evaluate(u.Operand, table, row) switch
        {
            long l => unchecked(-l),
            double d => -d,
            _ => null,
        },
        RefBinary b => Binary(b, table, row),
        RefIsNull n => (Evaluate(n.Operand, table, row) is null) != n.Negated,
        RefInList i => Negate(InList(i, table, row), i.Negated),
        RefInCodes c => Negate(
            Evaluate(c.Operand, table, row) is string s
                ? c.Prefix ? c.Codes.Any(p => s.StartsWith(p, StringComparison.Ordinal)) : c.Codes.Contains(s, StringComparer.Ordinal)
                : null,
            c.Negated),
        RefStartsWith s => Negate(
            Evaluate(s.Operand, table, row) is string v && Evaluate(s.Prefix, table, row) is string p ? v.StartsWith(p, StringComparison.Ordinal) : null,
            s.Negated),
        RefBetween b => Negate(Between(b, table, row), b.Negated),
        RefCall c => Call(c, table, row),
        RefCase c => Case(c, table, row),
        _ => throw new InvalidOperationException(e.GetType().Name),
    };

    private static object? Read(Column column, int row)
    {
        var value = column.GetValue(row);
        return (column.Kind, value) switch
        {
            (_, null) => null,
            (ColumnKind.Int32, int i) => (long)i,
            (ColumnKind.Decimal, decimal m) => (double)m,
            (ColumnKind.Date, int days) => ColumnStorage.FromDays(days),
            _ => value,
        };
    }

    private static bool? Negate(bool? value, bool negated) => negated && value is { } v ? !v : value;

    private static bool? And(bool? a, bool? b) => a == false || b == false ? false : a is null || b is null ? null : true;

    private static bool? Or(bool? a, bool? b) => a == true || b == true ? true : a is null || b is null ? null : false;

    private static object? Binary(RefBinary b, Table table, int row)
    {
        var left = Evaluate(b.Left, table, row);
        var right = Evaluate(b.Right, table, row);
        switch (b.Operator)
        {
            case "and":
                return And((bool?)left, (bool?)right);
            case "or":
                return Or((bool?)left, (bool?)right);
            case "=" or "<>" or "<" or "<=" or ">" or ">=":
                return Compare(b.Operator, left, right);
        }

        if (left is null || right is null)
        {
            return null;
        }

        return (b.Operator, left, right) switch
        {
            ("-", DateOnly x, DateOnly y) => (long)(x.DayNumber - y.DayNumber),
            ("+", DateOnly x, long n) => AddDays(x, n),
            ("+", long n, DateOnly x) => AddDays(x, n),
            ("-", DateOnly x, long n) => AddDays(x, unchecked(-n)),
            ("+", long x, long y) => unchecked(x + y),
            ("-", long x, long y) => unchecked(x - y),
            ("*", long x, long y) => unchecked(x * y),
            ("/", _, _) => ToDouble(right) == 0 ? null : ToDouble(left) / ToDouble(right),
            ("+", _, _) => ToDouble(left) + ToDouble(right),
            ("-", _, _) => ToDouble(left) - ToDouble(right),
            ("*", _, _) => ToDouble(left) * ToDouble(right),
            _ => throw new InvalidOperationException(b.Operator),
        };
    }

    private static object? AddDays(DateOnly date, long days)
    {
        var day = (decimal)date.DayNumber + days;
        return day >= DateOnly.MinValue.DayNumber && day <= DateOnly.MaxValue.DayNumber ? DateOnly.FromDayNumber((int)day) : null;
    }

    private static double ToDouble(object value) => value is long l ? l : (double)value;

    private static bool? Compare(string op, object? left, object? right)
    {
        if (left is null || right is null)
        {
            return null;
        }

        var order = (left, right) switch
        {
            (long x, long y) => x.CompareTo(y),
            (string x, string y) => Math.Sign(string.CompareOrdinal(x, y)),
            (DateOnly x, DateOnly y) => x.CompareTo(y),
            (bool x, bool y) => x == y ? 0 : 1,
            _ => ToDouble(left).CompareTo(ToDouble(right)),
        };
        return op switch
        {
            "=" => order == 0,
            "<>" => order != 0,
            "<" => order < 0,
            "<=" => order <= 0,
            ">" => order > 0,
            _ => order >= 0,
        };
    }

    private static bool? InList(RefInList i, Table table, int row)
    {
        var value = Evaluate(i.Operand, table, row);
        if (value is null)
        {
            return null;
        }

        var unknown = false;
        foreach (var item in i.Items)
        {
            switch (Compare("=", value, Evaluate(item, table, row)))
            {
                case true:
                    return true;
                case null:
                    unknown = true;
                    break;
            }
        }

        return unknown ? null : false;
    }

    private static bool? Between(RefBetween b, Table table, int row)
    {
        var value = Evaluate(b.Operand, table, row);
        return And(Compare(">=", value, Evaluate(b.Low, table, row)), Compare("<=", value, Evaluate(b.High, table, row)));
    }

    private static object? Call(RefCall c, Table table, int row)
    {
        var args = c.Arguments;
        switch (c.Name)
        {
            case "coalesce":
                return args.Select(a => Evaluate(a, table, row)).FirstOrDefault(v => v is not null);
            case "if":
                return Evaluate(args[0], table, row) is true ? Evaluate(args[1], table, row) : Evaluate(args[2], table, row);
            case "abs":
                return Evaluate(args[0], table, row) switch
                {
                    long l => unchecked(l < 0 ? -l : l),
                    double d => Math.Abs(d),
                    _ => null,
                };
        }

        var values = args.Select(a => Evaluate(a, table, row)).ToArray();
        if (values.Any(v => v is null))
        {
            return null;
        }

        var first = (DateOnly)values[0]!;
        return c.Name switch
        {
            "year" => (long)first.Year,
            "month" => (long)first.Month,
            "quarter" => (long)((first.Month + 2) / 3),
            "days_between" => (long)(((DateOnly)values[1]!).DayNumber - first.DayNumber),
            "age_at" => (long)Age(first, (DateOnly)values[1]!),
            _ => throw new InvalidOperationException(c.Name),
        };
    }

    // Whole years: count the birthdays that have passed.
    private static int Age(DateOnly birth, DateOnly at)
    {
        var years = at.Year - birth.Year;
        var birthday = (birth.Month, birth.Day);
        return (at.Month, at.Day).CompareTo(birthday) < 0 ? years - 1 : years;
    }

    private static object? Case(RefCase c, Table table, int row)
    {
        foreach (var (when, then) in c.Whens)
        {
            if (Evaluate(when, table, row) is true)
            {
                return Evaluate(then, table, row);
            }
        }

        return c.Else is null ? null : Evaluate(c.Else, table, row);
    }
}
