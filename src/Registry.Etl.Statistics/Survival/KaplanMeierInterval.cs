namespace Registry.Etl.Statistics.Survival;

/// <summary>The named pointwise confidence intervals of a Kaplan-Meier curve, from the Greenwood SE of −log S.</summary>
/// <remarks>
/// Kalbfleisch JD, Prentice RL, The Statistical Analysis of Failure Time Data, 2nd ed. 2002, §1.3 and §4.3; R's
/// survival 3.5-3 <c>survfit(conf.type =)</c>. With σ = √(Σ d/(n(n − d))) the Greenwood SE of the cumulative
/// hazard and z = qnorm(1 − α/2). The two differ by up to 0.04 in the tails (oracle README note 2), so a spec
/// must name one: R defaults to <see cref="Log"/>, SAS PROC LIFETEST and Stata sts to <see cref="LogLog"/>.
/// </remarks>
public enum KaplanMeierInterval
{
    /// <summary>S·exp(∓zσ), the upper bound capped at 1; undefined (NaN) where S = 0 (R's default "log").</summary>
    Log,

    /// <summary>exp(−exp(log(−log S) ∓ zσ/log S)) ("log-log", Kalbfleisch &amp; Prentice); undefined (NaN) where S = 0 or S = 1.</summary>
    LogLog,
}
