using static Registry.Etl.Indicators.Tests.Expressions.ExpressionFixture;

namespace Registry.Etl.Indicators.Tests.Expressions;

/// <summary>Three-valued (Kleene) logic, the SQL rule: unknown and false is false, unknown or true is true.</summary>
public sealed class LogicTests
{
    private static readonly bool?[] Values = [true, false, null];

    // Truth tables written out by hand (row = left, column = right, in the order true, false, null).
    private static readonly bool?[,] AndTable =
    {
        { true, false, null },
        { false, false, false },
        { null, false, null },
    };

    private static readonly bool?[,] OrTable =
    {
        { true, true, true },
        { true, false, null },
        { true, null, null },
    };

    [Fact]
    public void And_AllPairs_FollowTheKleeneTruthTable() => AssertTable("flag and other_flag", AndTable);

    [Fact]
    public void Or_AllPairs_FollowTheKleeneTruthTable() => AssertTable("flag or other_flag", OrTable);

    [Fact]
    public void Not_TrueFalseNull_IsFalseTrueNull()
    {
        var table = Rows([.. Values.Select(v => Row(("flag", v)))]);
        var not = Compile("not flag").BindBoolean(table);
        Assert.Equal([false, true, null], Enumerable.Range(0, 3).Select(not));
    }

    [Fact]
    public void IsNull_AnyType_IsNeverUnknown()
    {
        var table = Rows(Row(("age", 3), ("tumour_site", "C18")), Row());
        foreach (var column in new[] { "flag", "age", "count64", "score", "amount", "operation_date", "tumour_site" })
        {
            var isNull = Compile($"{column} is null").BindBoolean(table);
            var isNotNull = Compile($"{column} is not null").BindBoolean(table);
            Assert.True(isNull(1));
            Assert.False(isNotNull(1));
        }

        Assert.False(Compile("age is null").BindBoolean(table)(0));
        Assert.True(Compile("tumour_site is not null").BindBoolean(table)(0));
    }

    [Fact]
    public void And_LeftFalse_DoesNotNeedTheRightSide()
    {
        // 1 / 0 is unknown; false and unknown is still false, true or unknown still true.
        Assert.False(Boolean("false and 1 / 0 > 1"));
        Assert.True(Boolean("true or 1 / 0 > 1"));
        Assert.Null(Boolean("true and 1 / 0 > 1"));
        Assert.Null(Boolean("false or 1 / 0 > 1"));
    }

    [Fact]
    public void If_UnknownCondition_TakesTheElseBranch()
    {
        Assert.Equal(2, Number("if(flag, 1, 2)", Row()));
        Assert.Equal(1, Number("if(flag, 1, 2)", Row(("flag", true))));
        Assert.Equal(2, Number("if(flag, 1, 2)", Row(("flag", false))));
    }

    [Fact]
    public void Case_FirstTrueWhenWins_UnknownSkipped_NoElseIsNull()
    {
        const string Grade = "case when age >= 80 then 'old' when age >= 60 then 'senior' when flag then 'flagged' end";
        Assert.Equal("old", Text(Grade, Row(("age", 85))));
        Assert.Equal("senior", Text(Grade, Row(("age", 60))));
        Assert.Equal("flagged", Text(Grade, Row(("flag", true))));
        Assert.Null(Text(Grade, Row(("age", 20))));
        Assert.Equal("none", Text("case when flag then 'yes' else 'none' end", Row()));
    }

    [Fact]
    public void Coalesce_FirstNonNull_OrNullWhenAllAre()
    {
        Assert.Equal(7, Number("coalesce(age, count64, 7)", Row()));
        Assert.Equal(5, Number("coalesce(age, count64, 7)", Row(("count64", 5L))));
        Assert.Equal(3, Number("coalesce(age, count64, 7)", Row(("age", 3), ("count64", 5L))));
        Assert.Null(Number("coalesce(age, count64)", Row()));
        Assert.Null(Text("coalesce(tumour_site, null)", Row()));
    }

    private static void AssertTable(string expression, bool?[,] expected)
    {
        var rows = new List<Dictionary<string, object?>>();
        foreach (var left in Values)
        {
            foreach (var right in Values)
            {
                rows.Add(Row(("flag", left), ("other_flag", right)));
            }
        }

        var evaluate = Compile(expression).BindBoolean(Rows([.. rows]));
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                Assert.True(expected[i, j] == evaluate((i * 3) + j), $"{Values[i]?.ToString() ?? "null"} / {Values[j]?.ToString() ?? "null"}");
            }
        }
    }
}
