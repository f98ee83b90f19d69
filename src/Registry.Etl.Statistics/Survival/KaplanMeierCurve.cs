namespace Registry.Etl.Statistics.Survival;

/// <summary>A fitted Kaplan-Meier curve (<see cref="KaplanMeier.Fit"/>): its steps, values at any time, and quantiles.</summary>
public sealed partial class KaplanMeierCurve
{
    internal KaplanMeierCurve(IReadOnlyList<KaplanMeierStep> steps, int subjects, int events)
    {
        Steps = steps;
        Subjects = subjects;
        Events = events;
    }

    /// <summary>One step per distinct time (event or censoring), ascending.</summary>
    public IReadOnlyList<KaplanMeierStep> Steps { get; }

    /// <summary>n: the number of subjects.</summary>
    public int Subjects { get; }

    /// <summary>The number of events.</summary>
    public int Events { get; }

    /// <summary>The named confidence interval of S at step <paramref name="index"/>.</summary>
    public Interval ConfidenceInterval(int index, KaplanMeierInterval method, ConfidenceLevel level)
    {
        level.EnsureValid(nameof(level));
        var step = Steps[index];
        return Bounds(step.Survival, step.StandardErrorCumulativeHazard, method, level.Z);
    }

    /// <summary>
    /// S(t) and its interval at <paramref name="time"/>: the values of the last step ≤ t (right-continuous), S = 1
    /// before the first; at risk = #{T ≥ t}.
    /// </summary>
    /// <example><c>curve.At(365.25 * 5, KaplanMeierInterval.LogLog, ConfidenceLevel.Percent95)</c></example>
    public KaplanMeierEstimate At(double time, KaplanMeierInterval method, ConfidenceLevel level)
    {
        level.EnsureValid(nameof(level));
        double survival = 1.0, se = 0.0;
        var events = 0;
        var atRisk = 0;
        var atRiskFound = false;
        foreach (var step in Steps)
        {
            if (!atRiskFound && step.Time >= time)
            {
                // #{T ≥ t} is the risk set of the first step at or after t (0 after the last).
                atRisk = step.AtRisk;
                atRiskFound = true;
            }

            if (step.Time > time)
            {
                break;
            }

            survival = step.Survival;
            se = step.StandardErrorCumulativeHazard;
            events += step.Events;
        }

        return new KaplanMeierEstimate(time, atRisk, events, survival, survival * se, se, Bounds(survival, se, method, level.Z));
    }

    private static Interval Bounds(double s, double se, KaplanMeierInterval method, double z) => method switch
    {
        KaplanMeierInterval.Log => s == 0.0
            ? new Interval(double.NaN, double.NaN)
            : new Interval(Math.Exp(Math.Log(s) - (z * se)), Math.Min(Math.Exp(Math.Log(s) + (z * se)), 1.0)),
        KaplanMeierInterval.LogLog => s == 0.0 || s == 1.0
            ? new Interval(double.NaN, double.NaN)
            : new Interval(
                Math.Exp(-Math.Exp(Math.Log(-Math.Log(s)) - (z * se / Math.Log(s)))),
                Math.Exp(-Math.Exp(Math.Log(-Math.Log(s)) + (z * se / Math.Log(s))))),
        _ => Throw.UnknownMethod<KaplanMeierInterval, Interval>(method),
    };
}
