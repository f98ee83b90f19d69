using MathNet.Numerics;

namespace Registry.Etl.Statistics.Distributions;

/// <summary>Binomial and Poisson probabilities to full relative precision by Loader's saddle-point expansion.</summary>
/// <remarks>
/// Loader C, Fast and accurate computation of binomial probabilities, 2000 (the algorithm of R's
/// <c>dbinom_raw</c>/<c>dpois_raw</c>): <c>p(x) = exp(−stirlerr(x) − bd0(x, λ))/√(2πx)</c> for Poisson and the
/// analogous form for the binomial, where stirlerr is the error of Stirling's formula and bd0(x, m) =
/// x log(x/m) + m − x evaluated without cancellation. The naive exp(x log λ − λ − lnΓ(x + 1)) loses about
/// log10(λ) digits to cancellation. For n ≤ 15, stirlerr is lnΓ(n + 1) − (n + ½)log n + n − ½log 2π from
/// Math.NET's <see cref="SpecialFunctions.GammaLn"/> (absolute error ~1e-15, which is what the exponent needs).
/// </remarks>
internal static class SaddlePointDensity
{
    private const double LogSqrt2Pi = 0.918938533204672741780329736406;
    private const double TwoPi = 6.283185307179586476925286766559;

    public static double Poisson(long x, double lambda)
    {
        if (x < 0)
        {
            return 0.0;
        }

        if (lambda == 0.0)
        {
            return x == 0 ? 1.0 : 0.0;
        }

        if (x == 0)
        {
            return Math.Exp(-lambda);
        }

        return Math.Exp(-StirlingError(x) - DevianceTerm(x, lambda)) / Math.Sqrt(TwoPi * x);
    }

    public static double Binomial(long x, long n, double p)
    {
        var q = 1.0 - p;
        if (x < 0 || x > n)
        {
            return 0.0;
        }

        if (p == 0.0)
        {
            return x == 0 ? 1.0 : 0.0;
        }

        if (q == 0.0)
        {
            return x == n ? 1.0 : 0.0;
        }

        if (x == 0)
        {
            return Math.Exp(p < 0.1 ? -DevianceTerm(n, n * q) - (n * p) : n * Math.Log(q));
        }

        if (x == n)
        {
            return Math.Exp(q < 0.1 ? -DevianceTerm(n, n * p) - (n * q) : n * Math.Log(p));
        }

        var lc = StirlingError(n) - StirlingError(x) - StirlingError(n - x) - DevianceTerm(x, n * p) - DevianceTerm(n - x, n * q);
        var lf = Math.Log(TwoPi) + Math.Log(x) + Math.Log(1.0 - ((double)x / n));
        return Math.Exp(lc - (0.5 * lf));
    }

    /// <summary>stirlerr(n) = lnΓ(n + 1) − (n + ½)log n + n − log √(2π).</summary>
    internal static double StirlingError(double n)
    {
        const double S0 = 1.0 / 12.0, S1 = 1.0 / 360.0, S2 = 1.0 / 1260.0, S3 = 1.0 / 1680.0, S4 = 1.0 / 1188.0;
        if (n <= 15.0)
        {
            return SpecialFunctions.GammaLn(n + 1.0) - ((n + 0.5) * Math.Log(n)) + n - LogSqrt2Pi;
        }

        var nn = n * n;
        if (n > 500)
        {
            return (S0 - (S1 / nn)) / n;
        }

        if (n > 80)
        {
            return (S0 - ((S1 - (S2 / nn)) / nn)) / n;
        }

        if (n > 35)
        {
            return (S0 - ((S1 - ((S2 - (S3 / nn)) / nn)) / nn)) / n;
        }

        return (S0 - ((S1 - ((S2 - ((S3 - (S4 / nn)) / nn)) / nn)) / nn)) / n;
    }

    /// <summary>bd0(x, m) = x log(x/m) + m − x, by a series when x is near m (Loader 2000).</summary>
    internal static double DevianceTerm(double x, double m)
    {
        if (Math.Abs(x - m) < 0.1 * (x + m))
        {
            var v = (x - m) / (x + m);
            var s = (x - m) * v;
            var ej = 2.0 * x * v;
            v *= v;
            for (var j = 1; j < 1000; j++)
            {
                ej *= v;
                var s1 = s + (ej / ((2 * j) + 1));
                if (s1 == s)
                {
                    return s1;
                }

                s = s1;
            }

            return s;
        }

        return (x * Math.Log(x / m)) + m - x;
    }
}
