using Registry.Etl.Statistics.Survival;

namespace Registry.Etl.Statistics.Tests.Survival;

/// <summary>Hand-computed curves: the midpoint rule, edges where the intervals are undefined, and bad input.</summary>
public sealed class KaplanMeierTests
{
    [Fact]
    public void Quantile_SurvivalExactlyHalfOnAStretch_TakesTheMidpointToTheNextEvent()
    {
        // Events at 1, 2, 3, 4: S = 0.75, 0.5, 0.25, 0; S = 0.5 on [2, 3), so the median is (2 + 3)/2.
        var curve = KaplanMeier.Fit([1, 2, 3, 4], [true, true, true, true]);
        Assert.Equal(2.5, curve.Quantile(0.5, KaplanMeierInterval.Log, ConfidenceLevel.Percent95).Estimate);
        Assert.Equal(1.5, curve.Quantile(0.25, KaplanMeierInterval.Log, ConfidenceLevel.Percent95).Estimate); // S = 0.75 on [1, 2)
        Assert.Equal(3.0, KaplanMeier.Fit([1, 2, 3, 4, 5], [true, true, true, true, true])
            .Quantile(0.5, KaplanMeierInterval.Log, ConfidenceLevel.Percent95).Estimate); // S jumps past 0.5 at 3
    }

    [Fact]
    public void Quantile_CurveEndingFlatAtHalf_TakesTheMidpointToTheLastTime()
    {
        // Events at 1 and 2 of 4, then censored at 3 and 4: S stays 0.5 to the end, median (2 + 4)/2.
        var curve = KaplanMeier.Fit([1, 2, 3, 4], [true, true, false, false]);
        Assert.Equal(3.0, curve.Quantile(0.5, KaplanMeierInterval.LogLog, ConfidenceLevel.Percent95).Estimate);
        Assert.True(double.IsNaN(curve.Quantile(0.75, KaplanMeierInterval.Log, ConfidenceLevel.Percent95).Estimate));
    }

    [Fact]
    public void Fit_TiesAndEdges_FollowSurvfit()
    {
        // Censored at 1 (S = 1), two events and a censoring at 2 of 4 at risk, last event at 3 (S = 0).
        var curve = KaplanMeier.Fit([1, 2, 2, 2, 3], [false, true, true, false, true]);
        Assert.Equal([1.0, 2.0, 3.0], curve.Steps.Select(s => s.Time));
        Assert.Equal([5, 4, 1], curve.Steps.Select(s => s.AtRisk));
        Assert.Equal(0.5, curve.Steps[1].Survival, 15);
        Assert.Equal(Math.Sqrt(2.0 / (4.0 * 2.0)), curve.Steps[1].StandardErrorCumulativeHazard, 15);
        Assert.Equal(0.0, curve.Steps[2].Survival);
        Assert.True(double.IsPositiveInfinity(curve.Steps[2].StandardErrorCumulativeHazard));

        var level = ConfidenceLevel.Percent95;
        Assert.Equal(new Interval(1.0, 1.0), curve.ConfidenceInterval(0, KaplanMeierInterval.Log, level));
        Assert.True(double.IsNaN(curve.ConfidenceInterval(0, KaplanMeierInterval.LogLog, level).Lower));
        Assert.True(double.IsNaN(curve.ConfidenceInterval(2, KaplanMeierInterval.Log, level).Upper));

        var at2 = curve.At(2.0, KaplanMeierInterval.Log, level);
        Assert.Equal((4, 2, 0.5), (at2.AtRisk, at2.EventsCumulative, at2.Survival));
        var before = curve.At(0.5, KaplanMeierInterval.Log, level);
        Assert.Equal((5, 0, 1.0), (before.AtRisk, before.EventsCumulative, before.Survival));
        Assert.Equal(0, curve.At(10, KaplanMeierInterval.Log, level).AtRisk);
    }

    [Fact]
    public void Fit_BadInput_Throws()
    {
        Assert.Throws<ArgumentException>(() => KaplanMeier.Fit([1, double.NaN], [true, false]));
        Assert.Throws<ArgumentException>(() => KaplanMeier.Fit([1, 2], [true]));
        Assert.Throws<ArgumentException>(() => KaplanMeier.Fit([], []));
    }
}
