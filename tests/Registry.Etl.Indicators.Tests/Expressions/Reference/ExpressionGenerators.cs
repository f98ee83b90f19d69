using FsCheck;
using FsCheck.Fluent;
using Registry.Etl.Core.Data;
using Registry.Etl.Indicators.Expressions;

namespace Registry.Etl.Indicators.Tests.Expressions.Reference;

/// <summary>FsCheck generators of well-typed random expressions over <see cref="ExpressionFixture.Schema"/>, and of tables.</summary>
internal static class ExpressionGenerators
{
    private static readonly ExpressionType[] AllTypes = Enum.GetValues<ExpressionType>();

    private static readonly Dictionary<ExpressionType, string[]> Columns = new()
    {
        [ExpressionType.Boolean] = ["flag", "other_flag"],
        [ExpressionType.Integer] = ["age", "count64", "end"],
        [ExpressionType.Number] = ["score", "amount"],
        [ExpressionType.Date] = ["operation_date", "discharge_date"],
        [ExpressionType.Text] = ["tumour_site", "hospital"],
    };

    private static readonly Dictionary<ExpressionType, string[]> Parameters = new()
    {
        [ExpressionType.Boolean] = ["strict"],
        [ExpressionType.Integer] = ["node_threshold", "big"],
        [ExpressionType.Number] = ["ratio"],
        [ExpressionType.Date] = ["cutoff"],
        [ExpressionType.Text] = ["site"],
    };

    private static readonly string[] Texts = ["C18", "C180", "C187", "C19", "C209", "", "c18", "O'Neil"];
    private static readonly double[] Numbers = [0.5, 1.25, 2.0, 3.25, 0.0];

    public static Gen<RefExpr> Expression(ExpressionType type, int depth) =>
        depth <= 0
            ? Leaf(type)
            : Gen.Frequency((2, Leaf(type)), (5, Composite(type, depth - 1)));

    public static Gen<RefExpr> AnyExpression(int depth) =>
        Gen.Elements(AllTypes).SelectMany(t => Expression(t, depth));

    /// <summary>Rows 0..30 of small values, about one in five null, so equalities and nulls are common.</summary>
    public static Gen<Table> Table() =>
        Gen.Choose(0, 30).SelectMany(n => Gen.ArrayOf(RowGen(), n)).Select(rows =>
        {
            var builder = new TableBuilder(ExpressionFixture.Schema);
            foreach (var row in rows)
            {
                builder.AddRow(row);
            }

            return builder.Build();
        });

    private static Gen<object?[]> RowGen() =>
        Gen.CollectToArray(ExpressionFixture.Schema.Select(c => Nullable(c.Kind switch
        {
            ColumnKind.Boolean => Gen.Elements(true, false).Select(b => (object)b),
            ColumnKind.Int32 => Gen.Choose(-3, 12).Select(i => (object)i),
            ColumnKind.Int64 => Gen.Choose(-3, 12).Select(i => (object)(long)i),
            ColumnKind.Double => Gen.Elements(-1.5, 0.0, 0.5, 2.0, 3.25, 10.0).Select(d => (object)d),
            ColumnKind.Decimal => Gen.Elements(-2m, 0m, 0.5m, 1.25m).Select(d => (object)d),
            ColumnKind.Date => Gen.Choose(-6, 40).Select(d => (object)new DateOnly(2024, 1, 1).AddDays(d)),
            ColumnKind.String => Gen.Elements(Texts).Select(s => (object)s),
            _ => Gen.Constant<object>(null!),
        })));

    private static Gen<object?> Nullable(Gen<object> value) =>
        Gen.Frequency((1, Gen.Constant<object?>(null)), (4, value.Select(v => (object?)v)));

    private static Gen<RefExpr> Lazy(Func<Gen<RefExpr>> make) => Gen.Constant(0).SelectMany(_ => make());

    private static Gen<RefExpr> Leaf(ExpressionType type) => Gen.OneOf(
        Gen.Elements(Columns[type]).Select(c => (RefExpr)new RefColumn(type, c)),
        Literal(type),
        Gen.Elements(Parameters[type]).Select(p => (RefExpr)new RefParameter(type, p)));

    private static Gen<RefExpr> Literal(ExpressionType type) => (type switch
    {
        ExpressionType.Boolean => Gen.Elements<object>(true, false),
        ExpressionType.Integer => Gen.Choose(0, 12).Select(i => (object)(long)i),
        ExpressionType.Number => Gen.Elements(Numbers).Select(d => (object)d),
        ExpressionType.Date => Gen.Choose(-6, 40).Select(d => (object)new DateOnly(2024, 1, 1).AddDays(d)),
        _ => Gen.Elements(Texts).Select(s => (object)s),
    }).Select(v => (RefExpr)new RefLiteral(type, v));

    /// <summary>A typed value, or sometimes a null literal where the language allows one (if, case, coalesce).</summary>
    private static Gen<RefExpr> MaybeNull(ExpressionType type, int depth) =>
        Gen.Frequency((1, Gen.Constant<RefExpr>(new RefLiteral(type, null))), (4, Expression(type, depth)));

    private static Gen<RefExpr> Composite(ExpressionType type, int depth)
    {
        var common = new List<Gen<RefExpr>>
        {
            Lazy(() => from c in Expression(ExpressionType.Boolean, depth)
                       from a in Expression(type, depth)
                       from b in MaybeNull(type, depth)
                       from swap in Gen.Elements(true, false)
                       select (RefExpr)new RefCall(type, "if", swap ? [c, b, a] : [c, a, b])),
            Lazy(() => from n in Gen.Choose(1, 3)
                       from first in Gen.ArrayOf(MaybeNull(type, depth), n)
                       from last in Expression(type, depth)
                       select (RefExpr)new RefCall(type, "coalesce", [.. first, last])),
            Lazy(() => from n in Gen.Choose(1, 3)
                       from conditions in Gen.ArrayOf(Expression(ExpressionType.Boolean, depth), n)
                       from first in Expression(type, depth)
                       from rest in Gen.ArrayOf(MaybeNull(type, depth), n - 1)
                       from hasElse in Gen.Elements(true, false)
                       from otherwise in MaybeNull(type, depth)
                       select (RefExpr)new RefCase(type, [.. conditions.Zip([first, .. rest])], hasElse ? otherwise : null)),
        };
        common.AddRange(type switch
        {
            ExpressionType.Boolean => BooleanComposites(depth),
            ExpressionType.Integer => IntegerComposites(depth),
            ExpressionType.Number => NumberComposites(depth),
            ExpressionType.Date => DateComposites(depth),
            _ => [],
        });
        return Gen.OneOf(common);
    }

    private static IEnumerable<Gen<RefExpr>> BooleanComposites(int depth)
    {
        var boolean = ExpressionType.Boolean;
        yield return Lazy(() => from op in Gen.Elements("and", "or")
                                from l in Expression(boolean, depth)
                                from r in Expression(boolean, depth)
                                select (RefExpr)new RefBinary(boolean, op, l, r));
        yield return Lazy(() => Expression(boolean, depth).Select(e => (RefExpr)new RefUnary(boolean, "not", e)));
        yield return Lazy(() => from types in ComparablePair()
                                from op in types.Left == boolean ? Gen.Elements("=", "<>") : Gen.Elements("=", "<>", "<", "<=", ">", ">=")
                                from l in Expression(types.Left, depth)
                                from r in Expression(types.Right, depth)
                                select (RefExpr)new RefBinary(boolean, op, l, r));
        yield return Lazy(() => from t in Gen.Elements(AllTypes)
                                from e in Expression(t, depth)
                                from negated in Gen.Elements(true, false)
                                select (RefExpr)new RefIsNull(e, negated));
        yield return Lazy(() => from types in ComparablePair()
                                from e in Expression(types.Left, depth)
                                from n in Gen.Choose(1, 4)
                                from items in Gen.ArrayOf(Expression(types.Right, depth - 1), n)
                                from negated in Gen.Elements(true, false)
                                select (RefExpr)new RefInList(e, items, negated));
        yield return Lazy(() => from types in ComparablePair().Where(p => p.Left != boolean)
                                from e in Expression(types.Left, depth)
                                from low in Expression(types.Right, depth)
                                from high in Expression(types.Left, depth)
                                from negated in Gen.Elements(true, false)
                                select (RefExpr)new RefBetween(e, low, high, negated));
        yield return Lazy(() => from e in Expression(ExpressionType.Text, depth)
                                from p in Expression(ExpressionType.Text, depth)
                                from negated in Gen.Elements(true, false)
                                select (RefExpr)new RefStartsWith(e, p, negated));
        yield return Lazy(() => from e in Expression(ExpressionType.Text, depth)
                                from list in Gen.Elements("colon", "rectum", "crc_prefixes")
                                from prefix in Gen.Elements(true, false)
                                from negated in Gen.Elements(true, false)
                                select (RefExpr)new RefInCodes(e, list, ExpressionFixture.Codes(list), prefix, negated));
        yield return Lazy(() => from e in Expression(ExpressionType.Text, depth)
                                from n in Gen.Choose(1, 3)
                                from codes in Gen.ArrayOf(Gen.Elements("C18", "C1", "C20", "C209", "x"), n)
                                from negated in Gen.Elements(true, false)
                                select (RefExpr)new RefInCodes(e, null, codes, true, negated));
    }

    private static IEnumerable<Gen<RefExpr>> IntegerComposites(int depth)
    {
        var integer = ExpressionType.Integer;
        yield return Lazy(() => from op in Gen.Elements("+", "-", "*")
                                from l in Expression(integer, depth)
                                from r in Expression(integer, depth)
                                select (RefExpr)new RefBinary(integer, op, l, r));
        yield return Lazy(() => Expression(integer, depth).Select(e => (RefExpr)new RefUnary(integer, "-", e)));
        yield return Lazy(() => Expression(integer, depth).Select(e => (RefExpr)new RefCall(integer, "abs", [e])));
        yield return Lazy(() => from l in Expression(ExpressionType.Date, depth)
                                from r in Expression(ExpressionType.Date, depth)
                                from how in Gen.Elements("-", "days_between", "age_at")
                                select how == "-" ? (RefExpr)new RefBinary(integer, "-", l, r) : new RefCall(integer, how, [l, r]));
        yield return Lazy(() => from f in Gen.Elements("year", "month", "quarter")
                                from d in Expression(ExpressionType.Date, depth)
                                select (RefExpr)new RefCall(integer, f, [d]));
    }

    private static IEnumerable<Gen<RefExpr>> NumberComposites(int depth)
    {
        var number = ExpressionType.Number;
        yield return Lazy(() => from types in NumericPair(requireNumber: true)
                                from op in Gen.Elements("+", "-", "*")
                                from l in Expression(types.Left, depth)
                                from r in Expression(types.Right, depth)
                                select (RefExpr)new RefBinary(number, op, l, r));
        yield return Lazy(() => from types in NumericPair(requireNumber: false)
                                from l in Expression(types.Left, depth)
                                from r in Expression(types.Right, depth)
                                select (RefExpr)new RefBinary(number, "/", l, r));
        yield return Lazy(() => Expression(number, depth).Select(e => (RefExpr)new RefUnary(number, "-", e)));
        yield return Lazy(() => Expression(number, depth).Select(e => (RefExpr)new RefCall(number, "abs", [e])));
    }

    private static IEnumerable<Gen<RefExpr>> DateComposites(int depth)
    {
        var date = ExpressionType.Date;
        yield return Lazy(() => from d in Expression(date, depth)
                                from n in Expression(ExpressionType.Integer, depth)
                                from how in Gen.Elements("d+n", "n+d", "d-n")
                                select how switch
                                {
                                    "d+n" => (RefExpr)new RefBinary(date, "+", d, n),
                                    "n+d" => new RefBinary(date, "+", n, d),
                                    _ => new RefBinary(date, "-", d, n),
                                });
    }

    private static Gen<(ExpressionType Left, ExpressionType Right)> ComparablePair() => Gen.OneOf(
        Gen.Elements(AllTypes).Select(t => (t, t)),
        NumericPair(requireNumber: false));

    private static Gen<(ExpressionType Left, ExpressionType Right)> NumericPair(bool requireNumber) =>
        from l in Gen.Elements(ExpressionType.Integer, ExpressionType.Number)
        from r in Gen.Elements(ExpressionType.Integer, ExpressionType.Number)
        where !requireNumber || l == ExpressionType.Number || r == ExpressionType.Number
        select (l, r);
}
