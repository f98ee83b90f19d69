using Registry.Etl.Core.Data;
using Registry.Etl.Core.Errors;
using Registry.Etl.Indicators.Expressions;
using static Registry.Etl.Indicators.Tests.Expressions.ExpressionFixture;

namespace Registry.Etl.Indicators.Tests.Expressions;

public sealed class EnvironmentAndBindingTests
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoCodes = new Dictionary<string, IReadOnlyList<string>>();

    [Fact]
    public void Environment_ParameterOfAnUnsupportedType_IsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new ExpressionEnvironment(Schema, NoCodes, new Dictionary<string, object> { ["when"] = new DateTime(2024, 1, 1) }));
        Assert.Contains("'when'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Environment_CodeListWithANullCode_IsRejected() =>
        Assert.Throws<ArgumentException>(() => new ExpressionEnvironment(Schema, new Dictionary<string, IReadOnlyList<string>> { ["x"] = ["C18", null!] }, new Dictionary<string, object>()));

    [Fact]
    public void Bind_TableWithoutAReferencedColumn_Throws()
    {
        var other = new TableSchema([new ColumnSchema("flag", ColumnKind.Boolean)]);
        var table = new TableBuilder(other).Build();
        var error = Assert.Throws<ArgumentException>(() => Compile("age > 1").BindBoolean(table));
        Assert.Contains("'age'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_ColumnOfAnotherKind_Throws()
    {
        var other = new TableSchema([new ColumnSchema("age", ColumnKind.Double)]);
        var table = new TableBuilder(other).Build();
        Assert.Throws<ArgumentException>(() => Compile("age > 1").BindBoolean(table));
    }

    [Fact]
    public void Bind_AnotherTableWithTheSameColumns_ReadsThatTable()
    {
        // The engine compiles once against the dataset schema and binds to each table it computes on.
        var schema = new TableSchema([new ColumnSchema("tumour_site", ColumnKind.String), new ColumnSchema("age", ColumnKind.Int64)]);
        var environment = new ExpressionEnvironment(schema, NoCodes, new Dictionary<string, object>());
        var compiled = ExpressionCompiler.Compile("tumour_site starts with 'C18' and age >= 70", environment, new SourceLocation("s.yaml", 1, 1));
        var builder = new TableBuilder(schema);
        builder.AddRow("C187", 71L);
        builder.AddRow("C187", 69L);
        builder.AddRow(null, 80L);
        var evaluate = compiled.BindBoolean(builder.Build());
        Assert.Equal([true, false, null], Enumerable.Range(0, 3).Select(evaluate));
    }

    [Fact]
    public void Bind_ColumnsWithAndWithoutNulls_BothRead()
    {
        var withoutNulls = Rows(Row(("age", 3), ("score", 1.5)), Row(("age", 4), ("score", 2.5)));
        Assert.Equal([4.5, 6.5], Enumerable.Range(0, 2).Select(Compile("age + score").BindNumber(withoutNulls)).Select(v => v!.Value));
        var withNulls = Rows(Row(("age", 3), ("score", 1.5)), Row(("score", 2.5)));
        Assert.Equal([4.5, null], Enumerable.Range(0, 2).Select(Compile("age + score").BindNumber(withNulls)));
    }

    [Fact]
    public void Bind_ManyThreads_SameResults()
    {
        var rows = Enumerable.Range(0, 1000).Select(i => Row(("age", i % 97), ("tumour_site", i % 3 == 0 ? "C18" : "C20"))).ToArray();
        var table = Rows(rows);
        var evaluate = Compile("age between 10 and 50 and tumour_site in prefixes('C18')").BindBoolean(table);
        var expected = Enumerable.Range(0, 1000).Select(evaluate).ToArray();
        Parallel.For(0, 8, _ => Assert.Equal(expected, Enumerable.Range(0, 1000).Select(evaluate)));
    }
}
