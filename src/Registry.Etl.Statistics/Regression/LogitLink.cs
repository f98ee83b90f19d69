namespace Registry.Etl.Statistics.Regression;

/// <summary>The binomial family with logit link exactly as R's <c>binomial()</c> (src/library/stats/src/family.c).</summary>
/// <remarks>
/// linkinv clamps exp(η) to [ε, 1/ε] outside |η| &gt; 30 and returns exp(η)/(1 + exp(η)); mu.eta returns ε there,
/// else exp(η)/(1 + exp(η))²; the variance is μ(1 − μ); the unit deviance is 2(y log(y/μ) + (1 − y) log((1 − y)/(1 − μ))).
/// Transcribed term by term so the iterations track R's.
/// </remarks>
internal static class LogitLink
{
    private const double Threshold = 30.0;
    private const double Epsilon = 2.220446049250313e-16;

    public static double Link(double mu) => Math.Log(mu / (1.0 - mu));

    public static double Inverse(double eta)
    {
        var t = eta < -Threshold ? Epsilon : eta > Threshold ? 1.0 / Epsilon : Math.Exp(eta);
        return t / (1.0 + t);
    }

    public static double MuEta(double eta)
    {
        if (eta > Threshold || eta < -Threshold)
        {
            return Epsilon;
        }

        var e = Math.Exp(eta);
        var onePlusExp = 1.0 + e;
        return e / (onePlusExp * onePlusExp);
    }

    public static double Variance(double mu) => mu * (1.0 - mu);

    public static double UnitDeviance(double y, double mu) => 2.0 * (YLogY(y, mu) + YLogY(1.0 - y, 1.0 - mu));

    private static double YLogY(double y, double mu) => y != 0.0 ? y * Math.Log(y / mu) : 0.0;
}
