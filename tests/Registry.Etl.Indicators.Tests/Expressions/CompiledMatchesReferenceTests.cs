using FsCheck;
using FsCheck.Fluent;
using Registry.Etl.Core.Data;
using Registry.Etl.Indicators.Expressions;
using Registry.Etl.Indicators.Tests.Expressions.Reference;
using static Registry.Etl.Indicators.Tests.Expressions.ExpressionFixture;

namespace Registry.Etl.Indicators.Tests.Expressions;

/// <summary>
/// The compiled delegates must agree, row by row, with a plain reference interpreter on random tables and
/// random well-typed expressions; and the display form must read back to the same expression.
/// </summary>
public sealed class CompiledMatchesReferenceTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(400);

    [Fact]
    public void Compiled_RandomExpressionsAndTables_EqualTheReferenceInterpreter()
    {
        var cases =
            from depth in Gen.Choose(0, 4)
            from expression in ExpressionGenerators.AnyExpression(depth)
            from table in ExpressionGenerators.Table()
            select (expression, table);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var compiled = Compile(c.expression.Render());
            Assert.Equal(c.expression.Type, compiled.Type);
            var actual = Evaluate(compiled, c.table);
            for (var row = 0; row < c.table.RowCount; row++)
            {
                var expected = Comparable(ReferenceInterpreter.Evaluate(c.expression, c.table, row));
                Assert.True(Equals(expected, actual(row)), $"row {row} of {c.expression.Render()}: expected {expected ?? "null"}, got {actual(row) ?? "null"}");
            }
        }).Check(Config);
    }

    [Fact]
    public void DisplayString_RandomExpressions_ReadsBackToTheSameExpression()
    {
        var cases =
            from depth in Gen.Choose(0, 4)
            from expression in ExpressionGenerators.AnyExpression(depth)
            from table in ExpressionGenerators.Table()
            select (expression, table);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var compiled = Compile(c.expression.Render());
            var display = compiled.ToDisplayString();
            var again = Compile(display);
            Assert.Equal(display, again.ToDisplayString());
            Assert.Equal(compiled.Type, again.Type);
            Assert.Equal(compiled.Columns, again.Columns);
            var first = Evaluate(compiled, c.table);
            var second = Evaluate(again, c.table);
            for (var row = 0; row < c.table.RowCount; row++)
            {
                Assert.Equal(first(row), second(row));
            }
        }).Check(Config);
    }

    /// <summary>Every bind as object, so one comparison covers all types (dates as DateOnly).</summary>
    private static Func<int, object?> Evaluate(CompiledExpression compiled, Table table)
    {
        switch (compiled.Type)
        {
            case ExpressionType.Boolean:
                var b = compiled.BindBoolean(table);
                return row => b(row);
            case ExpressionType.Integer:
            case ExpressionType.Number:
                var n = compiled.BindNumber(table);
                return row => n(row);
            case ExpressionType.Date:
                var d = compiled.BindDate(table);
                return row => d(row) is { } v ? ColumnStorage.FromDays(v) : null;
            default:
                var t = compiled.BindText(table);
                return row => t(row);
        }
    }

    // Integers are bound as doubles (BindNumber), so the reference's long is compared as a double too.
    private static object? Comparable(object? value) => value is long l ? (double)l : value;
}
