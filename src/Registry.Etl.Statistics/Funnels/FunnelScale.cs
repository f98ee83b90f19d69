namespace Registry.Etl.Statistics.Funnels;

/// <summary>The transform, null standard error and back-transform of each <see cref="OverdispersionMethod"/>.</summary>
internal static class FunnelScale
{
    public static bool IsProportion(OverdispersionMethod method) =>
        method is OverdispersionMethod.ProportionNatural or OverdispersionMethod.ProportionArcsine;

    public static bool IsNatural(OverdispersionMethod method) =>
        method is OverdispersionMethod.ProportionNatural or OverdispersionMethod.RatioNatural;

    /// <summary>The indicator Y (natural scale) mapped to the method's scale.</summary>
    public static double Transform(OverdispersionMethod method, double value) => method switch
    {
        OverdispersionMethod.ProportionNatural or OverdispersionMethod.RatioNatural => value,
        OverdispersionMethod.ProportionArcsine => Math.Asin(Math.Sqrt(value)),
        OverdispersionMethod.RatioLogShmi => Math.Log(value),
        OverdispersionMethod.RatioSqrtCqc or OverdispersionMethod.RatioSqrtCqcFunnelPlotR060 => Math.Sqrt(value),
        _ => Throw.UnknownMethod<OverdispersionMethod, double>(method),
    };

    /// <summary>s at denominator d, target θ0 on the natural scale.</summary>
    public static double StandardError(OverdispersionMethod method, double target, double denominator) => method switch
    {
        OverdispersionMethod.ProportionNatural => Math.Sqrt(target * (1.0 - target) / denominator),
        OverdispersionMethod.ProportionArcsine => 1.0 / (2.0 * Math.Sqrt(denominator)),
        OverdispersionMethod.RatioNatural or OverdispersionMethod.RatioLogShmi => 1.0 / Math.Sqrt(denominator),
        OverdispersionMethod.RatioSqrtCqc or OverdispersionMethod.RatioSqrtCqcFunnelPlotR060 => 1.0 / (2.0 * Math.Sqrt(denominator)),
        _ => Throw.UnknownMethod<OverdispersionMethod, double>(method),
    };

    /// <summary>B: a limit on the method's scale mapped back to the indicator's scale.</summary>
    public static double BackTransform(OverdispersionMethod method, double x) => method switch
    {
        OverdispersionMethod.ProportionNatural => Math.Clamp(x, 0.0, 1.0),
        OverdispersionMethod.ProportionArcsine => Square(Math.Sin(Math.Clamp(x, 0.0, Math.PI / 2.0))),
        OverdispersionMethod.RatioNatural => Math.Max(x, 0.0),
        OverdispersionMethod.RatioLogShmi => Math.Exp(x),
        OverdispersionMethod.RatioSqrtCqc => Square(Math.Max(x, 0.0)),
        OverdispersionMethod.RatioSqrtCqcFunnelPlotR060 => x,
        _ => Throw.UnknownMethod<OverdispersionMethod, double>(method),
    };

    private static double Square(double x) => x * x;
}
