using Registry.Etl.Statistics.Quantiles;

namespace Registry.Etl.Statistics.Tests.Quantiles;

/// <summary>
/// Sample quantiles against R's documented definitions (values of <c>quantile(1:10, type =)</c> worked by hand from
/// Hyndman &amp; Fan 1996) and the order-statistic interval against binomial sums done by hand.
/// </summary>
public sealed class SampleQuantileTests
{
    private static readonly double[] OneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

    [Theory]
    [InlineData(0.1, 1.9, 1.5)]
    [InlineData(0.25, 3.25, 3.0)]
    [InlineData(0.5, 5.5, 5.5)]
    [InlineData(0.75, 7.75, 8.0)]
    [InlineData(0.9, 9.1, 9.5)]
    [InlineData(0.05, 1.45, 1.0)]
    [InlineData(0.99, 9.91, 10.0)]
    [InlineData(0.0, 1.0, 1.0)]
    [InlineData(1.0, 10.0, 10.0)]
    public void FromSorted_OneToTen_MatchesRTypes7And2(double p, double type7, double type2)
    {
        // Type 7: h = 9p + 1, interpolate; type 2: np integer → average x(np), x(np + 1), else x(⌈np⌉).
        Assert.Equal(type7, SampleQuantile.FromSorted(OneToTen, p, QuantileDefinition.R7), 12);
        Assert.Equal(type2, SampleQuantile.FromSorted(OneToTen, p, QuantileDefinition.R2), 12);
    }

    [Theory]
    [InlineData(new double[] { 7 }, 7.0)]
    [InlineData(new double[] { 3, 1, 2 }, 2.0)]
    [InlineData(new double[] { 4, 1, 3, 2 }, 2.5)]
    [InlineData(new double[] { 5, 5, 1, 9, 5, 2 }, 5.0)]
    public void Estimate_Median_IsTheSameUnderTypes2And7(double[] values, double median)
    {
        foreach (var definition in new[] { QuantileDefinition.R7, QuantileDefinition.R2 })
        {
            var estimate = SampleQuantile.Estimate(values, 0.5, definition, QuantileInterval.OrderStatistic, ConfidenceLevel.Percent95);
            Assert.Equal(median, estimate.Estimate);
        }
    }

    [Fact]
    public void Estimate_MedianOfTen_UsesRanks2And9WithExactCoverage()
    {
        // B ~ Bin(10, ½): F(1) = 11/1024 < 0.025 ≤ F(2) = 56/1024, so l = 2; F(8) = 1013/1024 ≥ 0.975 > F(7), so u = 9.
        // Coverage F(8) − F(1) = 1002/1024.
        double[] shuffled = [10, 3, 7, 1, 9, 2, 8, 4, 6, 5];
        var estimate = SampleQuantile.Estimate(shuffled, 0.5, QuantileDefinition.R7, QuantileInterval.OrderStatistic, ConfidenceLevel.Percent95);
        Assert.Equal(5.5, estimate.Estimate);
        Assert.Equal((2, 9), (estimate.LowerRank, estimate.UpperRank));
        Assert.Equal(new Interval(2, 9), estimate.Interval);
        Assert.Equal(1002.0 / 1024.0, estimate.Coverage, 14);
    }

    [Fact]
    public void Estimate_TooFewValues_ReportsUnattainableBoundsAsNaN()
    {
        // n = 5: P(B ≤ 0) = 1/32 > 0.025, so l = 0 (no order statistic below x(1) gives 95%).
        var estimate = SampleQuantile.Estimate([1, 2, 3, 4, 5], 0.5, QuantileDefinition.R7, QuantileInterval.OrderStatistic, ConfidenceLevel.Percent95);
        Assert.Equal(0, estimate.LowerRank);
        Assert.Equal(6, estimate.UpperRank);
        Assert.True(double.IsNaN(estimate.Interval.Lower) && double.IsNaN(estimate.Interval.Upper));
        Assert.Equal(1.0, estimate.Coverage);
    }

    [Fact]
    public void Estimate_MissingValues_AreSkipped()
    {
        var estimate = SampleQuantile.Estimate([double.NaN, 4, 1, double.NaN, 3, 2], 0.5, QuantileDefinition.R7, QuantileInterval.OrderStatistic, ConfidenceLevel.Percent95);
        Assert.Equal(4, estimate.Count);
        Assert.Equal(2.5, estimate.Estimate);
    }

    [Fact]
    public void OrderStatisticRanks_AnyQuantileAndLevel_HasAtLeastTheNominalCoverage()
    {
        foreach (var n in new[] { 10, 20, 50, 101, 500, 2000 })
        {
            foreach (var p in new[] { 0.1, 0.25, 0.5, 0.75, 0.9 })
            {
                foreach (var level in new[] { ConfidenceLevel.Of(0.8), ConfidenceLevel.Percent95, ConfidenceLevel.Percent998 })
                {
                    var (l, u, coverage) = SampleQuantile.OrderStatisticRanks(n, p, level);
                    if (l >= 1 && u <= n)
                    {
                        Assert.True(coverage >= level.Level - 1e-12, $"n={n} p={p} {level}: coverage {coverage}.");
                    }

                    Assert.True(l < u, $"n={n} p={p}: ranks {l}, {u}.");
                }
            }
        }
    }

    [Fact]
    public void Estimate_InvalidInput_Throws()
    {
        Assert.Throws<ArgumentException>(() => SampleQuantile.Estimate([double.NaN], 0.5, QuantileDefinition.R7, QuantileInterval.OrderStatistic, ConfidenceLevel.Percent95));
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleQuantile.FromSorted([1.0], 1.5, QuantileDefinition.R7));
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleQuantile.Estimate([1.0, 2.0], 1.0, QuantileDefinition.R7, QuantileInterval.OrderStatistic, ConfidenceLevel.Percent95));
    }
}
