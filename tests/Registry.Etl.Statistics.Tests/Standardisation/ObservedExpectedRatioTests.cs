using Registry.Etl.Statistics.Standardisation;

namespace Registry.Etl.Statistics.Tests.Standardisation;

/// <summary>Edge cases of the O/E intervals, checked against closed forms.</summary>
public sealed class ObservedExpectedRatioTests
{
    [Fact]
    public void ConfidenceInterval_ZeroObserved_LowerIsZeroAndGarwoodUpperIsClosedForm()
    {
        // With O = 0 the exact upper limit is χ²_{1−α/2}(2)/2 = −log(α/2).
        var ci = ObservedExpectedRatio.ConfidenceInterval(0, 2.0, RatioInterval.ExactGarwood, ConfidenceLevel.Percent95);
        Assert.Equal(0.0, ci.Lower);
        Assert.Equal(-Math.Log(0.025) / 2.0, ci.Upper, 13);
        Assert.Equal(0.0, ObservedExpectedRatio.ConfidenceInterval(0, 2.0, RatioInterval.Byar, ConfidenceLevel.Percent95).Lower);
    }

    [Fact]
    public void ConfidenceInterval_ByarAtSmallObservedAndHighLevel_IsClippedAtZero()
    {
        // O = 1, z = 3.09: 1 − 1/9 − 3.09/3 < 0, so the cube is negative.
        Assert.Equal(0.0, ObservedExpectedRatio.ConfidenceInterval(1, 1.0, RatioInterval.Byar, ConfidenceLevel.Percent998).Lower);
    }

    [Fact]
    public void ConfidenceInterval_InvalidInput_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ObservedExpectedRatio.ConfidenceInterval(1, 0.0, RatioInterval.Byar, ConfidenceLevel.Percent95));
        Assert.Throws<ArgumentOutOfRangeException>(() => ObservedExpectedRatio.ConfidenceInterval(-1, 1.0, RatioInterval.Byar, ConfidenceLevel.Percent95));
        Assert.Throws<ArgumentOutOfRangeException>(() => ObservedExpectedCounts.Empty.Add(true, 1.5));
    }
}
