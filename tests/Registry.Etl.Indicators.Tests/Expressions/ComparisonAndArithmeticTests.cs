using static Registry.Etl.Indicators.Tests.Expressions.ExpressionFixture;

namespace Registry.Etl.Indicators.Tests.Expressions;

public sealed class ComparisonAndArithmeticTests
{
    [Theory]
    [InlineData("age = 70", true)]
    [InlineData("age <> 70", false)]
    [InlineData("age < 70", false)]
    [InlineData("age <= 70", true)]
    [InlineData("age > 69", true)]
    [InlineData("age >= 71", false)]
    [InlineData("age = 70.0", true)]
    [InlineData("score > age", false)]
    [InlineData("amount = 2.5", true)]
    [InlineData("count64 > $node_threshold", true)]
    [InlineData("count64 = $big", true)]
    [InlineData("score >= $ratio", true)]
    [InlineData("tumour_site = 'C180'", true)]
    [InlineData("tumour_site < 'C19'", true)]
    [InlineData("tumour_site > 'c'", false)]
    [InlineData("flag = true", true)]
    [InlineData("flag <> other_flag", true)]
    [InlineData("operation_date < discharge_date", true)]
    [InlineData("operation_date = date '2024-03-01'", true)]
    [InlineData("operation_date > $cutoff", true)]
    [InlineData("flag = $strict", true)]
    public void Comparison_Values_AreComparedInTheirCommonType(string text, bool expected) =>
        Assert.Equal(expected, Boolean(text, Full));

    [Theory]
    [InlineData("age = 70")]
    [InlineData("age <> 70")]
    [InlineData("score < 1")]
    [InlineData("tumour_site >= 'A'")]
    [InlineData("flag = true")]
    [InlineData("operation_date <= date '2024-01-01'")]
    [InlineData("age between 1 and 100")]
    [InlineData("tumour_site starts with 'C'")]
    [InlineData("tumour_site not starts with 'C'")]
    [InlineData("'C18' starts with tumour_site")]
    [InlineData("age not between 1 and 100")]
    [InlineData("5 between age and 100")]
    [InlineData("5 not between 1 and age")]
    [InlineData("flag <> false")]
    [InlineData("discharge_date - operation_date > 3")]
    public void Comparison_NullOperand_IsUnknown(string text) => Assert.Null(Boolean(text, Row()));

    [Theory]
    [InlineData("age between 60 and 80", true)]
    [InlineData("age between 70 and 70", true)]
    [InlineData("age between 71 and 80", false)]
    [InlineData("age not between 71 and 80", true)]
    [InlineData("score between 0 and 3.5", true)]
    [InlineData("operation_date between date '2024-01-01' and date '2024-12-31'", true)]
    [InlineData("tumour_site between 'C18' and 'C189'", true)]
    public void Between_Inclusive(string text, bool expected) => Assert.Equal(expected, Boolean(text, Full));

    [Fact]
    public void Between_UnknownBound_IsUnknownUnlessTheOtherBoundDecides()
    {
        // x between a and b = x >= a and x <= b: false and unknown is false.
        Assert.Null(Boolean("age between count64 and 80", Row(("age", 70))));
        Assert.False(Boolean("age between count64 and 60", Row(("age", 70))));
    }

    [Theory]
    [InlineData("age + 1", 71)]
    [InlineData("age - 75", -5)]
    [InlineData("age * 2", 140)]
    [InlineData("age / 4", 17.5)]
    [InlineData("7 / 2", 3.5)]
    [InlineData("-age", -70)]
    [InlineData("- -age", 70)]
    [InlineData("score * 2", 6.5)]
    [InlineData("amount + age", 72.5)]
    [InlineData("1 + 2 * 3", 7)]
    [InlineData("(1 + 2) * 3", 9)]
    [InlineData("10 - 4 - 3", 3)]
    [InlineData("abs(5 - age)", 65)]
    [InlineData("abs(-2.5)", 2.5)]
    [InlineData("$node_threshold / age", 1.0 / 7)]
    [InlineData("count64 / $big", 1)]
    public void Arithmetic_Numbers_ComputeAsExpected(string text, double expected) =>
        Assert.Equal(expected, Number(text, Full));

    [Theory]
    [InlineData("age + count64")]
    [InlineData("age * 2")]
    [InlineData("-age")]
    [InlineData("score / 2")]
    [InlineData("abs(score)")]
    public void Arithmetic_NullOperand_IsUnknown(string text) => Assert.Null(Number(text, Row()));

    [Fact]
    public void Divide_ByZero_IsUnknown()
    {
        Assert.Null(Number("age / 0", Full));
        Assert.Null(Number("score / (age - 70)", Full));
    }

    [Fact]
    public void Types_OfOperators_FollowTheRules()
    {
        Assert.Equal(Indicators.Expressions.ExpressionType.Integer, Compile("age + count64 * 2").Type);
        Assert.Equal(Indicators.Expressions.ExpressionType.Number, Compile("age / 2").Type);
        Assert.Equal(Indicators.Expressions.ExpressionType.Number, Compile("age + 0.5").Type);
        Assert.Equal(Indicators.Expressions.ExpressionType.Integer, Compile("discharge_date - operation_date").Type);
        Assert.Equal(Indicators.Expressions.ExpressionType.Date, Compile("operation_date + 30").Type);
        Assert.Equal(Indicators.Expressions.ExpressionType.Boolean, Compile("flag").Type);
        Assert.Equal(Indicators.Expressions.ExpressionType.Text, Compile("coalesce(tumour_site, 'unknown')").Type);
        Assert.Equal(Indicators.Expressions.ExpressionType.Number, Compile("if(flag, 1, 2.5)").Type);
    }

    [Fact]
    public void Bind_WrongResultType_Throws()
    {
        var table = Rows(Full);
        Assert.Throws<InvalidOperationException>(() => Compile("age").BindBoolean(table));
        Assert.Throws<InvalidOperationException>(() => Compile("flag").BindNumber(table));
        Assert.Throws<InvalidOperationException>(() => Compile("age").BindDate(table));
        Assert.Throws<InvalidOperationException>(() => Compile("age").BindText(table));
    }

    [Fact]
    public void Columns_AreDistinctAndOrdinallySorted() =>
        Assert.Equal(["age", "count64", "tumour_site"], Compile("tumour_site = 'x' or age > 1 and count64 < age or tumour_site is null").Columns);

    private static Dictionary<string, object?> Full => Row(
        ("flag", true),
        ("other_flag", false),
        ("age", 70),
        ("count64", 5_000_000_000L),
        ("score", 3.25),
        ("amount", 2.5m),
        ("operation_date", new DateOnly(2024, 3, 1)),
        ("discharge_date", new DateOnly(2024, 3, 11)),
        ("tumour_site", "C180"),
        ("hospital", "01234567"));
}
