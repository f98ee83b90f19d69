using Registry.Etl.Core.Data;
using Registry.Etl.Core.Errors;
using Registry.Etl.Indicators.Expressions;

namespace Registry.Etl.Indicators.Tests.Expressions;

/// <summary>A small dataset schema, code lists and parameters, and one-liners to compile and evaluate.</summary>
internal static class ExpressionFixture
{
    public static readonly TableSchema Schema = new(
    [
        new ColumnSchema("flag", ColumnKind.Boolean),
        new ColumnSchema("other_flag", ColumnKind.Boolean),
        new ColumnSchema("age", ColumnKind.Int32),
        new ColumnSchema("count64", ColumnKind.Int64),
        new ColumnSchema("score", ColumnKind.Double),
        new ColumnSchema("amount", ColumnKind.Decimal),
        new ColumnSchema("operation_date", ColumnKind.Date),
        new ColumnSchema("discharge_date", ColumnKind.Date),
        new ColumnSchema("tumour_site", ColumnKind.String),
        new ColumnSchema("hospital", ColumnKind.String),
        new ColumnSchema("admitted_at", ColumnKind.Timestamp),
        new ColumnSchema("end", ColumnKind.Int32),
    ]);

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> CodeLists = new Dictionary<string, IReadOnlyList<string>>
    {
        ["colon"] = ["C180", "C182", "C183", "C184", "C185", "C186", "C187", "C188", "C189"],
        ["rectum"] = ["C209"],
        ["crc_prefixes"] = ["C18", "C19", "C20"],
    };

    public static readonly ExpressionEnvironment Environment = new(
        Schema,
        CodeLists,
        new Dictionary<string, object>
        {
            ["node_threshold"] = 10,
            ["big"] = 5_000_000_000L,
            ["ratio"] = 0.5,
            ["site"] = "C18",
            ["strict"] = true,
            ["cutoff"] = new DateOnly(2024, 1, 31),
        });

    public static readonly SourceLocation Origin = new("indicator-specs/x/v1.yaml", 10, 5);

    public static IReadOnlyList<string> Codes(string list) => CodeLists[list];

    public static CompiledExpression Compile(string text) => ExpressionCompiler.Compile(text, Environment, Origin);

    public static ExpressionException Fail(string text) =>
        Assert.Throws<ExpressionException>(() => ExpressionCompiler.Compile(text, Environment, Origin));

    /// <summary>A table whose rows are given as (column, value) pairs; unnamed columns are null.</summary>
    public static Table Rows(params Dictionary<string, object?>[] rows)
    {
        var builder = new TableBuilder(Schema);
        foreach (var row in rows)
        {
            builder.AddRow([.. Schema.Select(c => row.TryGetValue(c.Name, out var v) ? v : null)]);
        }

        return builder.Build();
    }

    public static Dictionary<string, object?> Row(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value);

    public static bool? Boolean(string text, Dictionary<string, object?> row) => Compile(text).BindBoolean(Rows(row))(0);

    public static double? Number(string text, Dictionary<string, object?> row) => Compile(text).BindNumber(Rows(row))(0);

    public static int? Date(string text, Dictionary<string, object?> row) => Compile(text).BindDate(Rows(row))(0);

    public static string? Text(string text, Dictionary<string, object?> row) => Compile(text).BindText(Rows(row))(0);

    public static bool? Boolean(string text) => Boolean(text, Row());

    public static double? Number(string text) => Number(text, Row());

    public static int Days(int year, int month, int day) => ColumnStorage.ToDays(new DateOnly(year, month, day));
}
