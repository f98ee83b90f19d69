using static Registry.Etl.Indicators.Tests.Expressions.ExpressionFixture;

namespace Registry.Etl.Indicators.Tests.Expressions;

public sealed class MembershipTests
{
    [Theory]
    [InlineData("age in (1, 2, 3)", 2, true)]
    [InlineData("age in (1, 2, 3)", 4, false)]
    [InlineData("age not in (1, 2, 3)", 4, true)]
    [InlineData("age in (1.5, 2)", 2, true)]
    [InlineData("age in ($node_threshold, 11)", 10, true)]
    [InlineData("age in (age + 0, 99)", 4, true)]
    [InlineData("age in (count64, 4)", 4, true)]
    public void InList_Numbers(string text, int age, bool expected) =>
        Assert.Equal(expected, Boolean(text, Row(("age", age))));

    [Fact]
    public void InList_SqlRule_UnknownItemMakesANonMatchUnknown()
    {
        // count64 is null: 4 in (null, 5) is unknown, 5 in (null, 5) is true; not in flips only known results.
        Assert.Null(Boolean("age in (count64, 5)", Row(("age", 4))));
        Assert.True(Boolean("age in (count64, 5)", Row(("age", 5))));
        Assert.Null(Boolean("age not in (count64, 5)", Row(("age", 4))));
        Assert.Null(Boolean("age in (1, 2)", Row()));
        Assert.Null(Boolean("age not in (1, 2)", Row()));
    }

    [Theory]
    [InlineData("tumour_site in ('C180', 'C181')", "C180", true)]
    [InlineData("tumour_site in ('c180')", "C180", false)]
    [InlineData("tumour_site in @colon", "C187", true)]
    [InlineData("tumour_site in @colon", "C18", false)]
    [InlineData("tumour_site not in @colon", "C209", true)]
    [InlineData("tumour_site in @rectum", "C209", true)]
    [InlineData("tumour_site starts with 'C18'", "C187", true)]
    [InlineData("tumour_site starts with 'C18'", "C19", false)]
    [InlineData("tumour_site not starts with 'C18'", "C199", true)]
    [InlineData("tumour_site starts with $site", "C189", true)]
    [InlineData("tumour_site starts with hospital", "C189", false)]
    [InlineData("tumour_site in prefixes('C18', 'C19', 'C20')", "C209", true)]
    [InlineData("tumour_site in prefixes('C18', 'C19', 'C20')", "C210", false)]
    [InlineData("tumour_site in prefixes(@crc_prefixes)", "C199", true)]
    [InlineData("tumour_site in prefixes(@rectum, $site)", "C182", true)]
    [InlineData("tumour_site not in prefixes(@crc_prefixes)", "C509", true)]
    [InlineData("tumour_site in prefixes('')", "C509", true)]
    public void Codes_ExactAndPrefix(string text, string site, bool expected) =>
        Assert.Equal(expected, Boolean(text, Row(("tumour_site", site), ("hospital", "01234567"))));

    [Theory]
    [InlineData("tumour_site in @colon")]
    [InlineData("tumour_site not in @colon")]
    [InlineData("tumour_site in prefixes('C18')")]
    [InlineData("tumour_site not in prefixes('C18')")]
    [InlineData("tumour_site starts with 'C'")]
    [InlineData("tumour_site in ('C18')")]
    public void Codes_NullValue_IsUnknown(string text) => Assert.Null(Boolean(text, Row()));

    [Fact]
    public void InList_OtherTypes()
    {
        Assert.True(Boolean("flag in (true)", Row(("flag", true))));
        Assert.True(Boolean("operation_date in (date '2024-01-01', $cutoff)", Row(("operation_date", new DateOnly(2024, 1, 31)))));
        Assert.True(Boolean("score in (1, 2.5)", Row(("score", 2.5))));
        Assert.False(Boolean("score in (1, 2.5)", Row(("score", 2.0))));
    }
}
