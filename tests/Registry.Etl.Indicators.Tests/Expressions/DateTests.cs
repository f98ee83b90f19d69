using static Registry.Etl.Indicators.Tests.Expressions.ExpressionFixture;

namespace Registry.Etl.Indicators.Tests.Expressions;

public sealed class DateTests
{
    private static readonly Dictionary<string, object?> Stay = Row(
        ("operation_date", new DateOnly(2024, 2, 27)),
        ("discharge_date", new DateOnly(2024, 3, 2)),
        ("age", 30));

    [Fact]
    public void DateMinusDate_IsDays_AcrossALeapDay() => Assert.Equal(4, Number("discharge_date - operation_date", Stay));

    [Fact]
    public void DaysBetween_IsToMinusFrom() => Assert.Equal(4, Number("days_between(operation_date, discharge_date)", Stay));

    [Fact]
    public void DatePlusDays_EitherOrder_AndMinusDays()
    {
        Assert.Equal(Days(2024, 3, 28), Date("operation_date + age", Stay));
        Assert.Equal(Days(2024, 3, 28), Date("age + operation_date", Stay));
        Assert.Equal(Days(2024, 1, 28), Date("operation_date - age", Stay));
        Assert.Equal(Days(2024, 3, 1), Date("date '2024-02-28' + 2", Stay));
        Assert.Equal(Days(2023, 3, 1), Date("date '2023-02-28' + 1", Stay));
    }

    [Fact]
    public void Readmission_Within30Days_IsADateComparison()
    {
        Assert.True(Boolean("discharge_date <= operation_date + 30", Stay));
        Assert.False(Boolean("discharge_date > operation_date + 30", Stay));
    }

    [Theory]
    [InlineData("year(operation_date)", 2024)]
    [InlineData("month(operation_date)", 2)]
    [InlineData("quarter(operation_date)", 1)]
    [InlineData("quarter(date '2024-04-01')", 2)]
    [InlineData("quarter(date '2024-09-30')", 3)]
    [InlineData("quarter(date '2024-12-31')", 4)]
    [InlineData("month(discharge_date)", 3)]
    [InlineData("year(date '1999-12-31' + 1)", 2000)]
    public void Parts_OfADate(string text, double expected) => Assert.Equal(expected, Number(text, Stay));

    [Theory]
    [InlineData("1960-03-02", "2024-03-01", 63)]
    [InlineData("1960-03-02", "2024-03-02", 64)]
    [InlineData("2000-02-29", "2023-02-28", 22)]
    [InlineData("2000-02-29", "2023-03-01", 23)]
    [InlineData("2000-02-29", "2024-02-29", 24)]
    [InlineData("2024-05-01", "2024-01-01", -1)]
    public void AgeAt_CountsWholeYears(string birth, string at, double expected) =>
        Assert.Equal(expected, Number($"age_at(date '{birth}', date '{at}')", Row()));

    [Fact]
    public void DateFunctions_NullDate_AreUnknown()
    {
        Assert.Null(Number("year(operation_date)", Row()));
        Assert.Null(Number("days_between(operation_date, discharge_date)", Row(("operation_date", new DateOnly(2024, 1, 1)))));
        Assert.Null(Date("operation_date + 1", Row()));
        Assert.Null(Date("operation_date + age", Row(("operation_date", new DateOnly(2024, 1, 1)))));
        Assert.Null(Number("age_at(operation_date, discharge_date)", Row(("operation_date", new DateOnly(2024, 1, 1)))));
    }

    [Fact]
    public void DateArithmetic_OutsideTheCalendar_IsUnknown()
    {
        Assert.Null(Date("date '9999-12-31' + 1", Row()));
        Assert.Null(Date("date '0001-01-01' - 1", Row()));
        Assert.Null(Date("operation_date + $big", Stay));
        Assert.Equal(Days(9999, 12, 31), Date("date '9999-12-30' + 1", Row()));
    }

    [Fact]
    public void DateColumn_OutsideTheCalendar_HasNoYear()
    {
        var table = new Core.Data.TableBuilder(Schema);
        var row = Schema.Select(c => (object?)null).ToArray();
        row[Schema.IndexOf("operation_date")] = int.MaxValue;
        table.AddRow(row);
        Assert.Null(Compile("year(operation_date)").BindNumber(table.Build())(0));
    }

    [Fact]
    public void DateLiteral_Parameter_AndColumn_Compare()
    {
        Assert.True(Boolean("operation_date < $cutoff + 30", Stay));
        Assert.Equal(Days(2024, 1, 31), Date("$cutoff", Row()));
    }
}
