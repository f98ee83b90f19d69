using Registry.Etl.Indicators.Expressions;
using static Registry.Etl.Indicators.Tests.Expressions.ExpressionFixture;

namespace Registry.Etl.Indicators.Tests.Expressions;

/// <summary>Lexing, precedence and the canonical display form.</summary>
public sealed class SyntaxTests
{
    [Theory]
    [InlineData("age>=70 AND (flag OR other_flag)", "age >= 70 and (flag or other_flag)")]
    [InlineData("flag or other_flag and age > 1", "flag or other_flag and age > 1")]
    [InlineData("(flag or other_flag) and age > 1", "(flag or other_flag) and age > 1")]
    [InlineData("not flag and other_flag", "not flag and other_flag")]
    [InlineData("not (flag and other_flag)", "not (flag and other_flag)")]
    [InlineData("NOT   age   IN   (1,2 ,3)", "not age in (1, 2, 3)")]
    [InlineData("age not in (1,2)", "age not in (1, 2)")]
    [InlineData("1 + 2 * 3 - 4 / 5 = age", "1 + 2 * 3 - 4 / 5 = age")]
    [InlineData("(1 + 2) * (3 - 4) = age", "(1 + 2) * (3 - 4) = age")]
    [InlineData("1 - (2 - 3) = age", "1 - (2 - 3) = age")]
    [InlineData("(1 - 2) - 3 = age", "1 - 2 - 3 = age")]
    [InlineData("- - age = -(1 + 2)", "-(-age) = -(1 + 2)")]
    [InlineData("tumour_site IN @colon", "tumour_site in @colon")]
    [InlineData("tumour_site in Prefixes( 'C18' ,@rectum,$site )", "tumour_site in prefixes('C18', @rectum, $site)")]
    [InlineData("tumour_site NOT STARTS WITH 'O''Neil'", "tumour_site not starts with 'O''Neil'")]
    [InlineData("age NOT BETWEEN 1 + 1 AND 5", "age not between 1 + 1 and 5")]
    [InlineData("Coalesce(age, 1.50) > If(flag, 2, Null)", "coalesce(age, 1.50) > if(flag, 2, null)")]
    [InlineData("CASE WHEN flag THEN 1 ELSE 2 END = 1", "case when flag then 1 else 2 end = 1")]
    [InlineData("operation_date = DATE '2024-01-31'", "operation_date = date '2024-01-31'")]
    [InlineData("\"end\" > 1 and \"age\" < 2", "\"end\" > 1 and age < 2")]
    [InlineData("age is not null -- adults only\n and flag", "age is not null and flag")]
    [InlineData("(flag = true) = false", "(flag = true) = false")]
    [InlineData("(age is null) is null", "(age is null) is null")]
    [InlineData("(((age)))", "age")]
    public void Display_IsCanonical(string text, string display) => Assert.Equal(display, Compile(text).ToDisplayString());

    [Fact]
    public void Precedence_AndBindsTighterThanOr()
    {
        // true or (false and false) = true; (true or false) and false = false.
        Assert.True(Boolean("true or false and false"));
        Assert.False(Boolean("(true or false) and false"));
    }

    [Fact]
    public void Precedence_NotBindsLooserThanComparisonButTighterThanAnd()
    {
        Assert.True(Boolean("not 1 > 2 and true"));
        Assert.False(Boolean("not (1 < 2 and true)"));
    }

    [Fact]
    public void Precedence_ArithmeticIsLeftAssociative()
    {
        Assert.Equal(3, Number("10 - 4 - 3"));
        Assert.Equal(1.25, Number("10 / 4 / 2"));
        Assert.Equal(-6, Number("-2 * 3"));
    }

    [Fact]
    public void Literals_KeepTheirValues()
    {
        Assert.Equal(0.05, Number("0.05"));
        Assert.Equal(ExpressionType.Number, Compile("2.0").Type);
        Assert.Equal(ExpressionType.Integer, Compile("2").Type);
        Assert.Equal(9223372036854775807d, Number("9223372036854775807"));
        Assert.Equal("it's", Text("'it''s'", Row()));
        Assert.Equal("", Text("''", Row()));
        Assert.Equal(Days(2024, 2, 29), Date("date '2024-02-29'", Row()));
    }

    [Fact]
    public void Text_Property_IsTheTextAsWritten()
    {
        const string Text = "age > 1 -- comment";
        Assert.Equal(Text, Compile(Text).Text);
    }

    [Fact]
    public void KeywordsAsColumnNames_NeedQuotes() =>
        Assert.Equal(5, Number("\"end\"", Row(("end", 5))));
}
