using Registry.Etl.Core.Data;
using Registry.Etl.Linkage.Comparisons.Expressions;
using Registry.Etl.Linkage.Data;
using Registry.Etl.Linkage.Model;

namespace Registry.Etl.Linkage.Tests.Comparisons;

/// <summary>
/// What a level expression evaluates to, case by case, as `pipelines/linkage/README.md` documents it: text
/// that reads as a number compares and computes as that number (invariant culture, exponent and surrounding
/// blanks allowed), other text compares ordinally, a null operand gives null, and/or short-circuit.
/// </summary>
public sealed class ExpressionSemanticsTests
{
    // left rows:  0 = ("007", 7, 2001-03-04), 1 = ("abc", null, null), 2 = ("1e3", 1000, 2001-04-03)
    // right rows: 0 = ("7", 7, 2001-04-03),   1 = ("ABC", -3, 2001-03-04), 2 = (null, 1000, "x")
    private static readonly InputData Data = new(
        Build(("007", 7, "2001-03-04"), ("abc", null, null), ("1e3", 1000, "2001-04-03")),
        Build(("7", 7, "2001-04-03"), ("ABC", -3, "2001-03-04"), (null, 1000, "x")),
        LinkType.Link);

    [Theory]
    [InlineData("l.s = r.s", 0, 0, true)] // "007" and "7" are the number 7
    [InlineData("l.s != r.s", 0, 0, false)]
    [InlineData("l.s = r.s", 1, 1, false)] // ordinal: case counts
    [InlineData("l.s > r.s", 1, 1, true)]
    [InlineData("l.s < r.s", 1, 1, false)]
    [InlineData("lower(r.s) = l.s", 1, 1, true)]
    [InlineData("l.s = '7'", 0, 1, true)]
    [InlineData("l.s = ' 7 '", 0, 1, true)] // blanks around a number are allowed
    [InlineData("l.s = 7", 0, 1, true)]
    [InlineData("l.s = 7.0", 0, 1, true)]
    [InlineData("l.s = 'abc'", 1, 0, true)]
    [InlineData("l.s = 1000", 2, 0, true)] // "1e3"
    [InlineData("'0x10' = 16", 0, 0, false)] // no hexadecimal
    [InlineData("'1,000' = 1000", 0, 0, false)] // no thousands separator
    [InlineData("left(l.s, 2) = 0", 0, 0, true)] // a function's text result reads as a number too
    [InlineData("left(l.s, 2) = '00'", 0, 0, true)]
    [InlineData("text(l.n) = '7'", 0, 0, true)]
    [InlineData("l.n = r.n", 0, 0, true)]
    [InlineData("l.n > r.n", 0, 1, true)]
    [InlineData("l.s = r.s or l.n = 7", 0, 2, true)] // null or true
    [InlineData("not (l.s = r.s)", 0, 2, true)] // not null: the null is false first
    [InlineData("is_null(r.s)", 0, 2, true)]
    [InlineData("is_null(l.s)", 0, 2, false)]
    [InlineData("coalesce(r.s, 'z') = 'z'", 0, 2, true)]
    [InlineData("l.s", 1, 0, true)] // non-empty text holds
    [InlineData("l.s and 0", 1, 0, false)]
    [InlineData("days(l.t) - days(r.t) = -30", 0, 0, true)]
    [InlineData("month(r.t) = 3", 0, 1, true)]
    [InlineData("days(r.t) >= 0", 0, 2, false)] // "x" is no date
    [InlineData("len(l.s) = 3", 2, 0, true)]
    [InlineData("-l.s = -7", 0, 0, true)]
    public void Predicate_HoldsAsDocumented(string expression, int left, int right, bool holds) =>
        Assert.Equal(holds, Eval(expression, left, right).IsTrue);

    [Theory]
    [InlineData("l.s = r.s", 0, 2)]
    [InlineData("l.n = r.n", 1, 1)]
    [InlineData("l.s * 2", 1, 0)] // "abc" is no number
    [InlineData("'NaN' + 1", 0, 0)] // NaN reads as a number, and NaN is null
    [InlineData("l.n + 1", 1, 0)]
    [InlineData("-l.s", 1, 0)]
    [InlineData("left(r.s, 1)", 0, 2)]
    [InlineData("l.s / 0", 0, 0)]
    public void NullOperand_GivesNull(string expression, int left, int right) =>
        Assert.True(Eval(expression, left, right).IsNull, expression);

    [Theory]
    [InlineData("l.s + 1", 2, 0, 1001.0)]
    [InlineData("l.s - r.s", 0, 0, 0.0)]
    [InlineData("l.s * r.n", 0, 1, -21.0)]
    [InlineData("abs(r.n) + l.s % 4", 0, 1, 6.0)]
    [InlineData("l.n - r.n", 2, 2, 0.0)]
    [InlineData("min(l.s, r.n)", 2, 1, -3.0)]
    [InlineData("days(l.t) - days(r.t)", 2, 1, 30.0)]
    public void Arithmetic_ReadsTextAsNumbers(string expression, int left, int right, double expected)
    {
        var value = Eval(expression, left, right);
        Assert.Equal(ExprKind.Number, value.Kind);
        Assert.Equal(expected, value.AsNumber());
    }

    [Theory]
    [InlineData("upper(l.s)", 1, 0, "ABC")]
    [InlineData("left(l.s, 2)", 0, 0, "00")]
    [InlineData("coalesce(r.s, l.s)", 1, 2, "abc")]
    [InlineData("text(l.n)", 2, 0, "1000")]
    [InlineData("replace(l.s, '0', 'o')", 0, 0, "oo7")]
    public void Text_AsComputed(string expression, int left, int right, string expected) =>
        Assert.Equal(expected, Eval(expression, left, right).AsText());

    [Theory]
    [InlineData("l = r")]
    [InlineData("l != r")]
    [InlineData("l.s = r.t")]
    [InlineData("l.t != r.s")]
    [InlineData("l.s = l.t")]
    [InlineData("r.t = r.s")]
    public void TextEquality_OfTwoColumns_AsTheGeneralOperatorGivesIt(string expression)
    {
        // the compiled form of = and != between text columns (classes per distinct value) against the general
        // operator, over values that read as numbers in several spellings, texts, case, blanks and nulls
        string?[] pool = ["7", "007", "7.0", " 7 ", "1e3", "1000", "-0", "0", "0.0", "NaN", "nan", "Infinity", "abc", "ABC", "", "x1", null];
        var random = new Random(expression.Length);
        (string?, int?, string?)[] Rows(int n) => [.. Enumerable.Range(0, n).Select(_ => (pool[random.Next(pool.Length)], (int?)null, pool[random.Next(pool.Length)]))];
        foreach (var link in new[] { LinkType.Link, LinkType.Dedupe })
        {
            var data = new InputData(Build(Rows(40)), link == LinkType.Link ? Build(Rows(30)) : null, link);
            var compiled = ExprParser.Parse(expression, data, new ColumnRef("s", "s"), []);
            var parts = expression.Split(' ');
            var general = new BinaryNode(parts[1], ExprParser.Parse(parts[0], data, new ColumnRef("s", "s"), []), ExprParser.Parse(parts[2], data, new ColumnRef("s", "s"), []));
            Assert.IsType<TextEqualityNode>(compiled);
            for (var l = 0; l < 40; l++)
            {
                for (var r = 0; r < (link == LinkType.Link ? 30 : 40); r++)
                {
                    Assert.Equal(general.Eval(l, r), compiled.Eval(l, r));
                }
            }
        }
    }

    [Fact]
    public void EveryFunction_Compiles()
    {
        foreach (var (name, (_, max)) in CallNode.Arity)
        {
            var call = $"{name}({string.Join(", ", Enumerable.Repeat("l.s", max))})";
            Assert.Equal($"{name}/{max}", Parse(call).ToString());
        }
    }

    [Fact]
    public void Evaluation_FromManyThreads_GivesTheSameValues()
    {
        // comparisons run in parallel (u sampling, scoring): an expression node holds no state of its own
        var node = Parse("l.s = r.s or (left(l.s, 2) = 0 and l.n > r.n)");
        var expected = Enumerable.Range(0, 9).Select(i => node.Eval(i / 3, i % 3).IsTrue).ToArray();
        Parallel.For(0, 20_000, k => Assert.Equal(expected[k % 9], node.Eval(k % 9 / 3, k % 9 % 3).IsTrue));
    }

    private static ExprValue Eval(string expression, int left, int right) => Parse(expression).Eval(left, right);

    private static ExprNode Parse(string expression) => ExprParser.Parse(expression, Data, new ColumnRef("s", "s"), []);

    private static Table Build(params (string? S, int? N, string? T)[] rows)
    {
        var b = new TableBuilder(new TableSchema([new ColumnSchema("s", ColumnKind.String), new ColumnSchema("n", ColumnKind.Int32), new ColumnSchema("t", ColumnKind.String)]));
        foreach (var (s, n, t) in rows)
        {
            b.AddRow(s, n, t);
        }

        return b.Build();
    }
}
