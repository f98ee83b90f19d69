using FsCheck;
using FsCheck.Fluent;
using Registry.Etl.Statistics.Funnels;

namespace Registry.Etl.Statistics.Tests.Funnels;

/// <summary>Properties the exact interpolated limits must have, and one they provably lack.</summary>
public sealed class SpiegelhalterLimitsPropertyTests
{
    private static readonly Arbitrary<(double Target, long N, double P1, double P2)> ProportionCases = Arb.From(
        from permille in Gen.Choose(1, 999)
        from n in Gen.Choose(1, 20000)
        from a in Gen.Choose(1, 9999)
        from b in Gen.Choose(1, 9999)
        select (permille / 1000.0, (long)n, Math.Min(a, b) / 10000.0, Math.Max(a, b) / 10000.0));

    private static readonly Arbitrary<(double E, double P1, double P2)> RatioCases = Arb.From(
        from centi in Gen.Choose(1, 500000)
        from a in Gen.Choose(1, 9999)
        from b in Gen.Choose(1, 9999)
        select (centi / 100.0, Math.Min(a, b) / 10000.0, Math.Max(a, b) / 10000.0));

    [Fact]
    public void Proportion_Limit_IsNonDecreasingInTheTailProbabilityAndRespectsTheDefinition()
    {
        // The interpolated limit is the linear interpolation of the inverse CDF, so it rises with p; and r_p is R's qbinom.
        Prop.ForAll(ProportionCases, c =>
        {
            var low = SpiegelhalterLimits.Proportion(c.Target, c.N, c.P1);
            var high = SpiegelhalterLimits.Proportion(c.Target, c.N, c.P2);
            return low.Limit <= high.Limit + 1e-15
                && low.CdfAtRp >= c.P1 && low.CdfBelowRp < c.P1
                && low.Alpha >= 0.0 && low.Alpha <= 1.0
                && low.Limit >= 0.0 && low.Limit <= 1.0;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Ratio_Limit_IsNonDecreasingInTheTailProbabilityAndRespectsTheDefinition()
    {
        Prop.ForAll(RatioCases, c =>
        {
            var low = SpiegelhalterLimits.Ratio(1.0, c.E, c.P1);
            var high = SpiegelhalterLimits.Ratio(1.0, c.E, c.P2);
            return low.Limit <= high.Limit + 1e-15
                && low.CdfAtRp >= c.P1 && low.CdfBelowRp < c.P1
                && low.Alpha >= 0.0 && low.Alpha <= 1.0 && low.Limit >= 0.0;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Bands_998_ContainThe95Bands()
    {
        Prop.ForAll(ProportionCases, c =>
        {
            var inner = SpiegelhalterLimits.ProportionBand(c.Target, c.N, ConfidenceLevel.Percent95);
            var outer = SpiegelhalterLimits.ProportionBand(c.Target, c.N, ConfidenceLevel.Percent998);
            var innerRatio = SpiegelhalterLimits.RatioBand(1.0, c.N / 10.0, ConfidenceLevel.Percent95);
            var outerRatio = SpiegelhalterLimits.RatioBand(1.0, c.N / 10.0, ConfidenceLevel.Percent998);
            return outer.Lower <= inner.Lower && inner.Upper <= outer.Upper
                && outerRatio.Lower <= innerRatio.Lower && innerRatio.Upper <= outerRatio.Upper;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void NormalLimits_AreMonotoneInTheDenominator()
    {
        Prop.ForAll(ProportionCases, c =>
        {
            var small = SpiegelhalterLimits.Proportion(c.Target, c.N, 0.975).Normal;
            var large = SpiegelhalterLimits.Proportion(c.Target, c.N + 1, 0.975).Normal;
            var smallLow = SpiegelhalterLimits.Ratio(1.0, c.N / 10.0, 0.001).Normal;
            var largeLow = SpiegelhalterLimits.Ratio(1.0, (c.N + 1) / 10.0, 0.001).Normal;
            return large < small && largeLow > smallLow;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Proportion_LargeN_ApproachesTheNormalApproximation()
    {
        foreach (var p in new[] { 0.001, 0.025, 0.975, 0.999 })
        {
            var limit = SpiegelhalterLimits.Proportion(0.1, 1_000_000, p);
            Assert.True(Math.Abs(limit.Limit - limit.Normal) < 2e-5, $"p={p}: exact {limit.Limit} vs normal {limit.Normal}.");
        }
    }

    [Fact]
    public void Proportion_UpperExactLimit_IsNotMonotoneInN()
    {
        // By hand (θ0 = 0.1, p = 0.975): n = 3: F(1) = 0.972, F(2) = 0.999, α = 0.024/0.027, limit (2 − α)/3 = 0.370370…;
        // n = 4: F(1) = 0.9477, F(2) = 0.9963, α = 0.0213/0.0486, limit 0.390432…. The interpolation smooths the steps
        // but does not make the upper limit fall with n, so callers must not assume it does.
        Assert.Equal(10.0 / 27.0, SpiegelhalterLimits.Proportion(0.1, 3, 0.975).Limit, 12);
        Assert.Equal((2.0 - (0.0213 / 0.0486)) / 4.0, SpiegelhalterLimits.Proportion(0.1, 4, 0.975).Limit, 12);
    }
}
