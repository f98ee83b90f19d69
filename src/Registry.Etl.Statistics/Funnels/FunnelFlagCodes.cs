namespace Registry.Etl.Statistics.Funnels;

/// <summary>Classification against limits and the output codes of <see cref="FunnelFlag"/>.</summary>
public static class FunnelFlagCodes
{
    /// <summary>'above_99.8' | 'above_95' | 'within' | 'below_95' | 'below_99.8'.</summary>
    public static string ToCode(this FunnelFlag flag) => flag switch
    {
        FunnelFlag.Above998 => "above_99.8",
        FunnelFlag.Above95 => "above_95",
        FunnelFlag.Within => "within",
        FunnelFlag.Below95 => "below_95",
        FunnelFlag.Below998 => "below_99.8",
        _ => Throw.UnknownMethod<FunnelFlag, string>(flag),
    };

    /// <summary>Parses a code written by <see cref="ToCode"/>.</summary>
    public static FunnelFlag Parse(string code) => code switch
    {
        "above_99.8" => FunnelFlag.Above998,
        "above_95" => FunnelFlag.Above95,
        "within" => FunnelFlag.Within,
        "below_95" => FunnelFlag.Below95,
        "below_99.8" => FunnelFlag.Below998,
        _ => Throw.Argument<FunnelFlag>(nameof(code), $"Unknown funnel flag code '{code}'."),
    };

    /// <summary>
    /// Classifies <paramref name="value"/> against the 95% limits <paramref name="limits95"/> and the 99.8% limits
    /// <paramref name="limits998"/> (strictly beyond a limit is outside). The 99.8% band must contain the 95% band.
    /// </summary>
    /// <example><c>FunnelFlagCodes.Classify(0.31, new Interval(0.14, 0.33), new Interval(0.09, 0.39))</c> → Within</example>
    public static FunnelFlag Classify(double value, Interval limits95, Interval limits998)
    {
        if (double.IsNaN(value))
        {
            Throw.ArgumentOutOfRange(nameof(value), "A unit without a value (NaN) cannot be classified; suppress it instead.");
        }

        if (limits998.Lower > limits95.Lower || limits998.Upper < limits95.Upper)
        {
            Throw.Argument(nameof(limits998), $"The 99.8% limits {limits998} must contain the 95% limits {limits95}.");
        }

        if (value > limits998.Upper)
        {
            return FunnelFlag.Above998;
        }

        if (value > limits95.Upper)
        {
            return FunnelFlag.Above95;
        }

        if (value < limits998.Lower)
        {
            return FunnelFlag.Below998;
        }

        return value < limits95.Lower ? FunnelFlag.Below95 : FunnelFlag.Within;
    }
}
