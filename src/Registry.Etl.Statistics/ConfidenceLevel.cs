using MathNet.Numerics.Distributions;

namespace Registry.Etl.Statistics;

/// <summary>
/// A two-sided confidence (or funnel coverage) level such as 0.95 or 0.998, with its two tail probabilities
/// and normal quantile.
/// </summary>
/// <remarks>
/// The tails are equal: <c>LowerTail = (1 - level)/2</c>, <c>UpperTail = 1 - (1 - level)/2</c>, and
/// <c>Z = qnorm(UpperTail)</c> (1.959963985 at 95%, 3.090232306 at 99.8%; Spiegelhalter 2005, Stat Med §2).
/// The quantile comes from Math.NET's <see cref="Normal.InvCDF"/>, which agrees with R's <c>qnorm</c>
/// (Wichura AS241) to the last digit at these levels.
/// </remarks>
public readonly record struct ConfidenceLevel
{
    private ConfidenceLevel(double level)
    {
        Level = level;
        LowerTail = (1.0 - level) / 2.0;
        UpperTail = 1.0 - LowerTail;
        Z = Normal.InvCDF(0.0, 1.0, UpperTail);
    }

    /// <summary>95%: tails 0.025 and 0.975.</summary>
    public static ConfidenceLevel Percent95 { get; } = new(0.95);

    /// <summary>99.8%: tails 0.001 and 0.999 (the outer funnel limit).</summary>
    public static ConfidenceLevel Percent998 { get; } = new(0.998);

    /// <summary>The coverage, strictly between 0 and 1.</summary>
    public double Level { get; }

    /// <summary>(1 - level)/2: the probability below the lower limit.</summary>
    public double LowerTail { get; }

    /// <summary>1 - (1 - level)/2: the probability at or below the upper limit.</summary>
    public double UpperTail { get; }

    /// <summary>The standard normal quantile of <see cref="UpperTail"/>.</summary>
    public double Z { get; }

    /// <summary>α = 1 - level.</summary>
    public double Alpha => 1.0 - Level;

    /// <summary>Any level in (0, 1), e.g. <c>ConfidenceLevel.Of(0.9)</c>.</summary>
    public static ConfidenceLevel Of(double level)
    {
        if (!(level > 0.0 && level < 1.0))
        {
            Throw.ArgumentOutOfRange(nameof(level), $"A confidence level lies strictly between 0 and 1; got {level}.");
        }

        return new ConfidenceLevel(level);
    }

    /// <summary>Rejects <c>default(ConfidenceLevel)</c>, which has no level.</summary>
    internal void EnsureValid(string paramName)
    {
        if (!(Level > 0.0 && Level < 1.0))
        {
            Throw.Argument(paramName, "The confidence level is unset (default); use ConfidenceLevel.Of or a named level.");
        }
    }

    public override string ToString() => FormattableString.Invariant($"{Level * 100:0.###}%");
}
