using Registry.Etl.Statistics.Funnels;
using Registry.Etl.Statistics.Tests.TestSupport;

namespace Registry.Etl.Statistics.Tests.Funnels;

/// <summary>
/// The over-dispersed branch (φ ≫ 1, τ² &gt; 0), which the colon oracle never reaches. Two constructed 12-unit
/// datasets; the expected values were computed independently in Python with mpmath 1.3.0 at 30 digits, coding
/// funnel.md §4 directly (type-7 quantiles by h = (I − 1)q + 1, average ranks, φ = Σz²/I_used,
/// τ² = (I_used·φ − (I_used − 1))/(Σw − Σw²/Σw) with w = 1/s², limits B(t0 ± z·…)).
/// </summary>
public sealed class OverdispersionOverdispersedTests
{
    private static readonly FunnelUnit[] Ratios =
    [
        new(5, 10.0), new(30, 10.5), new(12, 20.25), new(40, 20.0), new(20, 30.5), new(60, 30.0),
        new(35, 40.0), new(10, 40.75), new(70, 50.0), new(25, 50.5), new(55, 60.0), new(90, 60.25),
    ];

    private static readonly FunnelUnit[] Proportions =
    [
        new(2, 50), new(15, 60), new(8, 80), new(30, 90), new(10, 100), new(40, 120),
        new(12, 150), new(50, 160), new(20, 200), new(70, 220), new(30, 250), new(90, 300),
    ];

    [Theory]
    [InlineData(OverdispersionMethod.RatioNatural, ZScoreAdjustment.Winsorise, 12, 1.0, 11.201114525034528, 0.32541798153919183, -3.4196377970013285, 5.376716613046453)]
    [InlineData(OverdispersionMethod.RatioLogShmi, ZScoreAdjustment.Truncate, 10, 1.0, 7.8457302292863107, 0.22622618164402865, double.NaN, double.NaN)]
    [InlineData(OverdispersionMethod.RatioSqrtCqc, ZScoreAdjustment.Winsorise, 12, 1.0, 9.688960029164071, 0.069392689787689517, -4.0015122739155161, 4.3968232795933517)]
    [InlineData(OverdispersionMethod.ProportionNatural, ZScoreAdjustment.Winsorise, 12, 0.21179775280898876, 10.038886247736216, 0.011476240676903732, -3.8379005214156621, 3.6909887188342971)]
    [InlineData(OverdispersionMethod.ProportionArcsine, ZScoreAdjustment.Winsorise, 12, 0.21179775280898876, 11.294085438284534, 0.01955102181782367, -4.3771903990615482, 3.4621003173789702)]
    public void Estimate_OverdispersedData_MatchesIndependentComputation(
        OverdispersionMethod method, ZScoreAdjustment adjustment, int used, double target, double phi, double tau2, double cutLower, double cutUpper)
    {
        var result = Overdispersion.Estimate(UnitsFor(method), method, adjustment, 0.1, null);
        Assert.Equal(used, result.UnitsUsed);
        OracleAssert.Close(target, result.Target, $"{method} target", 1e-12);
        OracleAssert.Close(phi, result.Phi, $"{method} phi", 1e-12);
        OracleAssert.Close(tau2, result.Tau2, $"{method} tau2", 1e-12);
        OracleAssert.Close(cutLower, result.ZCut.Lower, $"{method} z_cut_lower", 1e-12);
        OracleAssert.Close(cutUpper, result.ZCut.Upper, $"{method} z_cut_upper", 1e-12);
        Assert.True(result.Phi > 1.0 && result.Tau2 > 0.0, "The constructed data must be over-dispersed.");
    }

    [Theory]
    [InlineData(OverdispersionMethod.RatioNatural, 10.0, 0.95, 0.38020496769543837, 1.6197950323045616, 0, 3.0743341146931702, 0, 2.278368357581499)]
    [InlineData(OverdispersionMethod.RatioNatural, 60.25, 0.998, 0.60188127657281635, 1.3981187234271836, 0, 2.3324263775274922, 0, 2.807232456562614)]
    [InlineData(OverdispersionMethod.RatioLogShmi, 10.0, 0.998, 0.37635694705197108, 2.6570520561213664, 0.064750873752232618, 15.44380704153077, 0.17118273385264247, 5.841710653253266)]
    [InlineData(OverdispersionMethod.RatioLogShmi, 60.25, 0.95, 0.77685251685392213, 1.2872456203782089, 0.49298740596165744, 2.0284493841162667, 0.3806731009576692, 2.6269258255555069)]
    [InlineData(OverdispersionMethod.RatioSqrtCqc, 10.0, 0.998, 0.26152113399957226, 2.2159556513045899, 0, 6.3549201252662131, 0.0025579088834664413, 3.8002548141580939)]
    [InlineData(OverdispersionMethod.RatioSqrtCqc, 60.25, 0.95, 0.76343490552671685, 1.2684444207860975, 0.36846481764604159, 1.9404127007554948, 0.2194776415140338, 2.3455400053520027)]
    [InlineData(OverdispersionMethod.ProportionNatural, 300.0, 0.95, 0.16556316693622651, 0.25803233868175101, 0.065307159296912217, 0.35828834632106531, 0, 0.42679343394590462)]
    [InlineData(OverdispersionMethod.ProportionArcsine, 50.0, 0.95, 0.11099168324761867, 0.33460476140037146, 0.00015576869721326291, 0.65594922929381502, 0.029002414183165708, 0.49994123952562793)]
    [InlineData(OverdispersionMethod.ProportionArcsine, 300.0, 0.998, 0.1438616602744658, 0.28888352793782578, 0.031504701929060344, 0.49263548360154194, 0.00137082068065865, 0.6324433907916792)]
    public void Limits_OverdispersedData_MatchIndependentComputation(
        OverdispersionMethod method, double denominator, double level, double ll, double ul, double multLl, double multUl, double addLl, double addUl)
    {
        var adjustment = method == OverdispersionMethod.RatioLogShmi ? ZScoreAdjustment.Truncate : ZScoreAdjustment.Winsorise;
        var band = Overdispersion.Estimate(UnitsFor(method), method, adjustment, 0.1, null).Limits(denominator, ConfidenceLevel.Of(level));
        var at = $"{method} d={denominator} {level}";
        OracleAssert.All(
        [
            () => OracleAssert.Close(ll, band.Unadjusted.Lower, at + " ll", 1e-12),
            () => OracleAssert.Close(ul, band.Unadjusted.Upper, at + " ul", 1e-12),
            () => OracleAssert.Close(multLl, band.Multiplicative.Lower, at + " mult_ll", 1e-12),
            () => OracleAssert.Close(multUl, band.Multiplicative.Upper, at + " mult_ul", 1e-12),
            () => OracleAssert.Close(addLl, band.Additive.Lower, at + " add_ll", 1e-12),
            () => OracleAssert.Close(addUl, band.Additive.Upper, at + " add_ul", 1e-12),
        ]);
    }

    [Theory]
    [InlineData(OverdispersionMethod.RatioNatural)]
    [InlineData(OverdispersionMethod.RatioLogShmi)]
    [InlineData(OverdispersionMethod.RatioSqrtCqc)]
    [InlineData(OverdispersionMethod.ProportionNatural)]
    [InlineData(OverdispersionMethod.ProportionArcsine)]
    public void Limits_WithPositiveTau2_WidenAndKeepAFloorAsTheDenominatorGrows(OverdispersionMethod method)
    {
        var adjustment = method == OverdispersionMethod.RatioLogShmi ? ZScoreAdjustment.Truncate : ZScoreAdjustment.Winsorise;
        var result = Overdispersion.Estimate(UnitsFor(method), method, adjustment, 0.1, null);
        var level = ConfidenceLevel.Percent95;
        var previousUnadjusted = double.PositiveInfinity;
        foreach (var d in new[] { 10.0, 50.0, 200.0, 1000.0, 1e5, 1e7 })
        {
            var band = result.Limits(d, level);
            Assert.True(band.Additive.Lower <= band.Unadjusted.Lower && band.Unadjusted.Upper < band.Additive.Upper, $"{method} d={d}: additive must contain unadjusted.");
            Assert.True(band.Multiplicative.Lower <= band.Unadjusted.Lower && band.Unadjusted.Upper < band.Multiplicative.Upper, $"{method} d={d}: φ > 1 must widen.");
            var unadjustedWidth = band.Unadjusted.Upper - band.Unadjusted.Lower;
            Assert.True(unadjustedWidth < previousUnadjusted, $"{method} d={d}: unadjusted limits narrow with the denominator.");
            previousUnadjusted = unadjustedWidth;

            // On the method's scale the additive half-width is z√(s² + τ²) ≥ zτ however large d gets.
            var upperOnScale = result.TargetTransformed + (level.Z * Math.Sqrt(result.Tau2));
            Assert.True(band.Additive.Upper >= Back(method, upperOnScale) - 1e-12, $"{method} d={d}: additive upper fell below B(t0 + zτ).");
        }
    }

    private static FunnelUnit[] UnitsFor(OverdispersionMethod method) =>
        method is OverdispersionMethod.ProportionNatural or OverdispersionMethod.ProportionArcsine ? Proportions : Ratios;

    private static double Back(OverdispersionMethod method, double x) => method switch
    {
        OverdispersionMethod.ProportionNatural => Math.Min(x, 1.0),
        OverdispersionMethod.ProportionArcsine => Math.Pow(Math.Sin(Math.Min(x, Math.PI / 2)), 2),
        OverdispersionMethod.RatioLogShmi => Math.Exp(x),
        OverdispersionMethod.RatioSqrtCqc => x * x,
        _ => x,
    };
}
