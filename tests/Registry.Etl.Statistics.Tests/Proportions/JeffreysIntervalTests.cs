using Registry.Etl.Statistics.Proportions;
using Registry.Etl.Statistics.Tests.TestSupport;

namespace Registry.Etl.Statistics.Tests.Proportions;

/// <summary>
/// The oracle has no Jeffreys column; these references are Beta(x + ½, n − x + ½) quantiles computed independently
/// with mpmath 1.3.0 at 40 digits (bisection on the regularized incomplete beta), with the 0/1 edge convention of
/// Brown, Cai &amp; DasGupta (2001).
/// </summary>
public sealed class JeffreysIntervalTests
{
    [Theory]
    [InlineData(1, 10, 0.95, 0.011011673763161136, 0.38131477106661639)]
    [InlineData(0, 10, 0.95, 0.0, 0.21719626750921057)]
    [InlineData(10, 10, 0.95, 0.78280373249078943, 1.0)]
    [InlineData(5, 1000, 0.95, 0.0019103525008339465, 0.010924664071814253)]
    [InlineData(222, 929, 0.998, 0.19770521448047168, 0.28397866723392387)]
    [InlineData(1, 2, 0.998, 0.0070368786736820895, 0.99296312132631791)]
    [InlineData(99, 100, 0.95, 0.95422110339927688, 0.99891889829091994)]
    public void Compute_Jeffreys_MatchesHighPrecisionBetaQuantiles(long x, long n, double level, double lower, double upper)
    {
        var ci = ProportionConfidenceInterval.Compute(x, n, ProportionInterval.Jeffreys, ConfidenceLevel.Of(level));
        OracleAssert.Close(lower, ci.Lower, $"Jeffreys {x}/{n} lower", 1e-12);
        OracleAssert.Close(upper, ci.Upper, $"Jeffreys {x}/{n} upper", 1e-12);
    }
}
