using Registry.Etl.Statistics.Distributions;
using Registry.Etl.Statistics.Tests.TestSupport;

namespace Registry.Etl.Statistics.Tests.Distributions;

/// <summary>
/// Tail probabilities and quantiles against values computed independently with mpmath 1.3.0 at 50 digits
/// (regularized incomplete beta/gamma; quantiles by 300 bisection steps). The bar is 1e-13 relative, far
/// tighter than the oracle's 1e-8, because Spiegelhalter's α divides by small differences of these values.
/// </summary>
public sealed class DistributionAccuracyTests
{
    private const double Tight = 1e-13;

    [Theory]
    [InlineData(0, 10, 0.1, 0.3486784401)]
    [InlineData(30, 500, 0.1, 0.0010025497080229424535)]
    [InlineData(130, 1000, 0.1, 0.99903055850920425681)]
    [InlineData(72, 1000, 0.1, 0.0012701084312348876375)]
    [InlineData(9000, 100000, 0.1, 5.235223531829281352e-27)]
    [InlineData(9800, 100000, 0.1, 0.017525324737623121307)]
    [InlineData(10200, 100000, 0.1, 0.98251179046240642194)]
    [InlineData(3, 5000, 0.0001, 0.99824995670445609314)]
    [InlineData(4990, 5000, 0.999, 0.031755519528107264941)]
    [InlineData(1, 2, 0.5, 0.75)]
    public void Binomial_Tails_MatchHighPrecision(long r, long n, double theta, double expected) =>
        OracleAssert.Close(expected, DiscreteCdf.Binomial(r, n, theta), $"pbinom({r}, {n}, {theta})", Tight);

    [Theory]
    [InlineData(0, 1.0, 0.3678794411714423216)]
    [InlineData(938, 1000.0, 0.02500156517536676878)]
    [InlineData(1099, 1000.0, 0.99903736959413344284)]
    [InlineData(1, 7.3, 0.005606971834108907174)]
    [InlineData(17, 7.3, 0.99941609303137983362)]
    [InlineData(99000, 100000.0, 0.00077420082944473885921)]
    [InlineData(101000, 100000.0, 0.99920879857083954828)]
    [InlineData(5, 0.01, 0.99999999999999862296)]
    public void Poisson_Tails_MatchHighPrecision(long r, double lambda, double expected) =>
        OracleAssert.Close(expected, DiscreteCdf.Poisson(r, lambda), $"ppois({r}, {lambda})", Tight);

    [Theory]
    [InlineData(0.001, 2, 0.0020010006671670670003)]
    [InlineData(0.025, 36, 21.335881560799053664)]
    [InlineData(0.999, 2, 13.815510557964274104)]
    [InlineData(0.999, 400, 493.13175873994778543)]
    [InlineData(0.0005, 1, 3.9269913310292249125e-7)]
    public void ChiSquareQuantile_MatchesHighPrecision(double p, double df, double expected) =>
        OracleAssert.Close(expected, ContinuousQuantile.ChiSquare(df, p), $"qchisq({p}, {df})", Tight);

    [Theory]
    [InlineData(0.001, 1, 1000, 1.0004998330832416667e-6)]
    [InlineData(0.0005, 1, 1000, 5.0012491661979010938e-7)]
    [InlineData(0.999, 999, 2, 0.99995457629578334474)]
    [InlineData(0.025, 0.5, 1000.5, 4.909116947944410724e-7)]
    [InlineData(0.975, 200, 800, 0.2253375423810360392)]
    public void BetaQuantile_MatchesHighPrecision(double p, double a, double b, double expected) =>
        OracleAssert.Close(expected, ContinuousQuantile.Beta(a, b, p), $"qbeta({p}, {a}, {b})", Tight);

    [Fact]
    public void SmallestWithCdfAtLeast_IsRsQuantile()
    {
        // qbinom(0.5, 1, 0.5) = 0 since F(0) = 0.5 exactly; qpois(0.975, 1) = 3 (funnel_ratio_limits.csv).
        Assert.Equal(0, DiscreteCdf.SmallestWithCdfAtLeast(r => DiscreteCdf.Binomial(r, 1, 0.5), 0.5, 0.5, 0.5, 1));
        Assert.Equal(3, DiscreteCdf.SmallestWithCdfAtLeast(r => DiscreteCdf.Poisson(r, 1.0), 0.975, 1.0, 1.0, long.MaxValue));
    }
}
