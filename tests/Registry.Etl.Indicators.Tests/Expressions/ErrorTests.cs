using Registry.Etl.Core.Errors;
using Registry.Etl.Indicators.Expressions;
using static Registry.Etl.Indicators.Tests.Expressions.ExpressionFixture;

namespace Registry.Etl.Indicators.Tests.Expressions;

/// <summary>Every error names the file, line and column of the offending token (origin is line 10, column 5).</summary>
public sealed class ErrorTests
{
    private const string File = "indicator-specs/x/v1.yaml";

    [Theory]
    [InlineData("operaton_date is null", 10, 5, "unknown column 'operaton_date', did you mean 'operation_date'?")]
    [InlineData("age > 5 and Age < 3", 10, 17, "unknown column 'Age', did you mean 'age'?")]
    [InlineData("zzz = 1", 10, 5, "unknown column 'zzz', expected a column of the dataset")]
    [InlineData("admitted_at is null", 10, 5, "column 'admitted_at' is a Timestamp, which expressions do not support, expected a Boolean, number, Date or text column")]
    [InlineData("tumour_site in @colonn", 10, 20, "unknown code list '@colonn', did you mean '@colon'?")]
    [InlineData("tumour_site in @xyz", 10, 20, "unknown code list '@xyz', expected a code list the spec defines")]
    [InlineData("age > $node_treshold", 10, 11, "unknown parameter '$node_treshold', did you mean '$node_threshold'?")]
    [InlineData("yaer(operation_date) = 2024", 10, 5, "unknown function 'yaer', did you mean 'year'?")]
    [InlineData("tumour_site in colon", 10, 20, "'colon' is a code list, expected '@colon'")]
    public void UnknownName_PointsAtTheNameAndSuggests(string text, int line, int column, string reason) =>
        AssertError(text, line, column, reason);

    [Theory]
    [InlineData("operation_date > '2024-01-01'", 10, 20, "cannot compare a Date with a Text using '>', expected values of the same type (write a date as date '2024-01-31')")]
    [InlineData("age = 'x'", 10, 9, "cannot compare an Integer with a Text using '=', expected values of the same type")]
    [InlineData("flag < true", 10, 10, "Boolean values have no order, expected '=' or '<>' instead of '<'")]
    [InlineData("age and flag", 10, 5, "the left side of 'and' must be a Boolean, but this is an Integer")]
    [InlineData("flag or tumour_site", 10, 13, "the right side of 'or' must be a Boolean, but this is a Text")]
    [InlineData("not age", 10, 9, "the operand of 'not' must be a Boolean, but this is an Integer")]
    [InlineData("tumour_site + 1", 10, 17, "cannot apply '+' to Text and Integer, expected numbers, or a date and an Integer number of days")]
    [InlineData("operation_date + 1.5", 10, 20, "cannot apply '+' to Date and Number, expected numbers, or a date and an Integer number of days (a number of days must be an Integer)")]
    [InlineData("operation_date + discharge_date", 10, 20, "cannot apply '+' to Date and Date, expected numbers, or a date and an Integer number of days (subtract dates to get days: b - a)")]
    [InlineData("-tumour_site", 10, 5, "cannot negate a Text, expected an Integer or Number after '-'")]
    [InlineData("age in @colon", 10, 5, "the value before 'in @colon' must be a Text, but this is an Integer")]
    [InlineData("age starts with 'C'", 10, 5, "the value before 'starts with' must be a Text, but this is an Integer")]
    [InlineData("age in (1, 'x')", 10, 16, "cannot compare an Integer with a Text using 'in', expected values of the same type")]
    [InlineData("operation_date between date '2024-01-01' and '2024-12-31'", 10, 50, "cannot compare a Date with a Text using 'between', expected values of the same type (write a date as date '2024-01-31')")]
    [InlineData("age between 'a' and 5", 10, 17, "cannot compare an Integer with a Text using 'between', expected values of the same type")]
    [InlineData("flag between false and true", 10, 18, "Boolean values have no order, expected '=' or '<>' instead of 'between'")]
    [InlineData("year(age) = 1", 10, 10, "the argument of year must be a Date, but this is an Integer")]
    [InlineData("if(age, 1, 2) = 1", 10, 8, "the condition of if must be a Boolean, but this is an Integer")]
    [InlineData("if(flag, 1, 'x') = 1", 10, 17, "the results of if must have one type, but this is a Text and an earlier one an Integer")]
    [InlineData("case when flag then 1 else 'x' end = 1", 10, 32, "the results of case must have one type, but this is a Text and an earlier one an Integer")]
    [InlineData("coalesce(null, null) = 1", 10, 14, "the arguments of coalesce are all null, expected at least one typed value")]
    [InlineData("age = null", 10, 11, "cannot compare with null (the result would always be unknown), expected 'x is null' or 'x is not null'")]
    [InlineData("null", 10, 5, "null cannot be used here, expected a value (to test for a missing value write 'x is null'; null may be a result of if, case or coalesce)")]
    [InlineData("age + null > 1", 10, 11, "null cannot be used here, expected a value (to test for a missing value write 'x is null'; null may be a result of if, case or coalesce)")]
    public void TypeError_PointsAtTheOffendingToken(string text, int line, int column, string reason) =>
        AssertError(text, line, column, reason);

    [Theory]
    [InlineData("year(operation_date, discharge_date) = 1", 10, 26, "year takes 1 argument, but got 2, expected year(date)")]
    [InlineData("coalesce(age) = 1", 10, 17, "coalesce takes at least 2 arguments, but got 1, expected coalesce(a, b, ...)")]
    [InlineData("if(flag, 1) = 1", 10, 15, "if takes 3 arguments, but got 2, expected if(condition, then, else)")]
    [InlineData("days_between() = 1", 10, 18, "days_between takes 2 arguments, but got 0, expected days_between(from, to)")]
    public void WrongArity_PointsAtTheExtraArgumentOrTheClosingParenthesis(string text, int line, int column, string reason) =>
        AssertError(text, line, column, reason);

    [Theory]
    [InlineData("", 10, 5, "the expression is empty, expected a value or a condition")]
    [InlineData("age >", 10, 10, "unexpected end of expression, expected a value (a column, literal, $parameter, function call or '(')")]
    [InlineData("age > 5 5", 10, 13, "unexpected number 5, expected an operator or the end of the expression")]
    [InlineData("(age > 5", 10, 13, "unexpected end of expression, expected ')'")]
    [InlineData("age == 5", 10, 9, "'==' is not an operator, expected '=' (equal)")]
    [InlineData("age != 5", 10, 9, "'!=' is not an operator, expected '<>' (not equal)")]
    [InlineData("flag && other_flag", 10, 10, "'&' is not an operator, expected 'and'")]
    [InlineData("tumour_site = 'C18", 10, 19, "unterminated text literal, expected a closing '")]
    [InlineData("operation_date > date '2024-02-30'", 10, 27, "'2024-02-30' is not a date, expected yyyy-MM-dd (a real calendar day)")]
    [InlineData("operation_date > date 2024", 10, 27, "unexpected number 2024, expected a date in quotes after 'date', like date '2024-01-31'")]
    [InlineData("1 < age < 5", 10, 13, "unexpected '<': comparisons cannot be chained, expected 'and' or 'or' between them")]
    [InlineData("age is 5", 10, 12, "unexpected number 5, expected 'null' or 'not null' after 'is'")]
    [InlineData("age between 1 or 5", 10, 19, "unexpected 'or', expected 'and' between the bounds of 'between'")]
    [InlineData("age in 1", 10, 12, "unexpected number 1, expected a list in parentheses, a code list (@name) or prefixes(...) after 'in'")]
    [InlineData("age in (1, 2", 10, 17, "unexpected end of expression, expected ',' or ')' in the list after 'in'")]
    [InlineData("tumour_site in prefixes(age)", 10, 29, "unexpected 'age', expected a text literal, a text parameter or a code list in prefixes(...)")]
    [InlineData("prefixes('C18')", 10, 5, "prefixes(...) can only follow 'in', expected 'x in prefixes(...)'")]
    [InlineData("@colon", 10, 5, "a code list can only follow 'in', expected 'x in @colon'")]
    [InlineData("case flag then 1 end = 1", 10, 10, "unexpected 'flag', expected 'when' after 'case'")]
    [InlineData("case when flag then 1 = 1", 10, 30, "unexpected end of expression, expected 'when', 'else' or 'end' in case")]
    [InlineData("age > 5 and", 10, 16, "unexpected end of expression, expected a value (a column, literal, $parameter, function call or '(')")]
    [InlineData("end > 1", 10, 5, "unexpected 'end', expected a value (a column, literal, $parameter, function call or '('); write a column with this name as \"end\"")]
    [InlineData("age > 5x", 10, 12, "unexpected 'x' after the number 5, expected a space or an operator")]
    [InlineData("age > 99999999999999999999", 10, 11, "the integer 99999999999999999999 is too large, expected at most 9223372036854775807")]
    [InlineData("age # 5", 10, 9, "unexpected character '#', expected a name, a literal or an operator")]
    [InlineData("$ > 1", 10, 5, "'$' must be followed by a parameter name")]
    public void SyntaxError_PointsAtTheOffendingToken(string text, int line, int column, string reason) =>
        AssertError(text, line, column, reason);

    [Fact]
    public void MultiLineText_ErrorOnALaterLine_HasThatLineAndTheBlockColumn()
    {
        // As in a YAML block scalar whose content is indented 4 (origin column 5).
        const string Text = "age >= 18\n  and tumour_site in @colon\n  and operation_date > '2024-01-01'\n";
        AssertError(Text, 12, 26, "cannot compare a Date with a Text using '>', expected values of the same type (write a date as date '2024-01-31')");
    }

    [Fact]
    public void MultiLineText_CommentsAndCarriageReturns_KeepPositions()
    {
        const string Text = "-- population\r\nage >= 18 -- adults\r\n  and operaton_date is null";
        AssertError(Text, 12, 11, "unknown column 'operaton_date', did you mean 'operation_date'?");
    }

    [Fact]
    public void Message_IsFileLineColumnThenReason()
    {
        var error = Fail("age > 'x'");
        Assert.Equal($"{File}:10:9: cannot compare an Integer with a Text using '>', expected values of the same type", error.Message);
        Assert.IsAssignableFrom<ConfigurationException>(error);
        Assert.Equal(new SourceLocation(File, 10, 9), error.Location);
    }

    [Fact]
    public void UnknownOrigin_CountsFromLineOneColumnOne()
    {
        var error = Assert.Throws<ExpressionException>(() => ExpressionCompiler.Compile("\n  agee", ExpressionFixture.Environment, new SourceLocation("f.yaml")));
        Assert.Equal(new SourceLocation("f.yaml", 2, 3), error.At);
    }

    private static void AssertError(string text, int line, int column, string reason)
    {
        var error = Fail(text);
        Assert.Equal(reason, error.Reason);
        Assert.Equal(new SourceLocation(File, line, column), error.At);
    }
}
