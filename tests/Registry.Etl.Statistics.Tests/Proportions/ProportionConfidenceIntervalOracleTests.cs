using Registry.Etl.Statistics.Proportions;
using Registry.Etl.Statistics.Tests.TestSupport;

namespace Registry.Etl.Statistics.Tests.Proportions;

/// <summary>Every row and interval column of the oracle's propci.csv (R 4.2.2 prop.test, binom.test, qbeta).</summary>
public sealed class ProportionConfidenceIntervalOracleTests
{
    private static readonly OracleTable Table = OracleTable.Load("expected/propci.csv");

    [Theory]
    [InlineData("wilson", ProportionInterval.Wilson)]
    [InlineData("wilsonf", ProportionInterval.Wilson)]
    [InlineData("cp", ProportionInterval.ClopperPearson)]
    [InlineData("cpbeta", ProportionInterval.ClopperPearson)]
    [InlineData("wilsoncc", ProportionInterval.WilsonContinuityCorrected)]
    [InlineData("proptestcc", ProportionInterval.PropTestContinuityCorrected)]
    public void Compute_EveryOracleRow_MatchesColumn(string column, ProportionInterval method)
    {
        Assert.Equal(40, Table.Rows.Count);
        OracleAssert.All(Table.Rows.SelectMany(row =>
        {
            var x = Table.Integer(row, "x");
            var n = Table.Integer(row, "n");
            var level = ConfidenceLevel.Of(Table.Number(row, "conf_level"));
            var ci = ProportionConfidenceInterval.Compute(x, n, method, level);
            var at = $"propci {column} x={x} n={n} level={level}";
            return new Action[]
            {
                () => OracleAssert.Close(Table.Number(row, column + "_lower"), ci.Lower, at + " lower"),
                () => OracleAssert.Close(Table.Number(row, column + "_upper"), ci.Upper, at + " upper"),
            };
        }));
    }

    [Fact]
    public void ConfidenceLevel_OracleLevels_MatchOracleZ()
    {
        OracleAssert.All(Table.Rows.Select<string[], Action>(row => () => OracleAssert.Close(
            Table.Number(row, "z"),
            ConfidenceLevel.Of(Table.Number(row, "conf_level")).Z,
            $"propci z at {Table.Text(row, "conf_level")}")));
    }

    [Theory]
    [InlineData(ProportionInterval.Wilson)]
    [InlineData(ProportionInterval.WilsonContinuityCorrected)]
    [InlineData(ProportionInterval.PropTestContinuityCorrected)]
    [InlineData(ProportionInterval.ClopperPearson)]
    [InlineData(ProportionInterval.Jeffreys)]
    public void Compute_AtTheEdges_ReturnsExactZeroAndOne(ProportionInterval method)
    {
        foreach (var n in new long[] { 1, 2, 10, 1000 })
        {
            foreach (var level in new[] { ConfidenceLevel.Percent95, ConfidenceLevel.Percent998 })
            {
                Assert.Equal(0.0, ProportionConfidenceInterval.Compute(0, n, method, level).Lower);
                Assert.Equal(1.0, ProportionConfidenceInterval.Compute(n, n, method, level).Upper);
            }
        }
    }

    [Fact]
    public void Compute_PropTestAtHalf_IsUncorrectedWilsonUnlikeNewcombe()
    {
        var level = ConfidenceLevel.Percent95;
        var wilson = ProportionConfidenceInterval.Compute(50, 100, ProportionInterval.Wilson, level);
        var propTest = ProportionConfidenceInterval.Compute(50, 100, ProportionInterval.PropTestContinuityCorrected, level);
        var newcombe = ProportionConfidenceInterval.Compute(50, 100, ProportionInterval.WilsonContinuityCorrected, level);
        Assert.Equal(wilson.Lower, propTest.Lower, 1e-14);
        Assert.Equal(wilson.Upper, propTest.Upper, 1e-14);
        Assert.True(newcombe.Lower < wilson.Lower && newcombe.Upper > wilson.Upper, "Newcombe's correction widens the interval at x = n/2.");
    }

    [Fact]
    public void Compute_InvalidCounts_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ProportionConfidenceInterval.Compute(0, 0, ProportionInterval.Wilson, ConfidenceLevel.Percent95));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProportionConfidenceInterval.Compute(3, 2, ProportionInterval.Wilson, ConfidenceLevel.Percent95));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProportionConfidenceInterval.Compute(-1, 2, ProportionInterval.Jeffreys, ConfidenceLevel.Percent95));
        Assert.Throws<ArgumentException>(() => ProportionConfidenceInterval.Compute(1, 2, ProportionInterval.Jeffreys, default));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceLevel.Of(1.0));
    }
}
