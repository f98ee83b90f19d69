namespace Registry.Etl.Statistics.Survival;

/// <summary>The Kaplan-Meier estimator of a survival function with Greenwood standard errors.</summary>
/// <remarks>
/// Kaplan EL, Meier P, J Am Stat Assoc 1958;53:457-481; Greenwood M, Reports on Public Health and Medical Subjects
/// 1926;33. As R's <c>survfit(Surv(time, event) ~ 1)</c> (survival 3.5-3): one step per distinct time, events before
/// censorings at a tie (a censored subject at t is still at risk at t).
/// </remarks>
public static class KaplanMeier
{
    /// <summary>Fits the curve to <paramref name="time"/> (finite) and <paramref name="eventOccurred"/> (false = censored).</summary>
    /// <example><c>var curve = KaplanMeier.Fit(days, died); curve.At(365.25, KaplanMeierInterval.Log, ConfidenceLevel.Percent95)</c></example>
    public static KaplanMeierCurve Fit(ReadOnlySpan<double> time, ReadOnlySpan<bool> eventOccurred)
    {
        if (time.Length != eventOccurred.Length)
        {
            Throw.Argument(nameof(eventOccurred), $"Times ({time.Length}) and event flags ({eventOccurred.Length}) differ in length.");
        }

        if (time.IsEmpty)
        {
            Throw.Argument(nameof(time), "A survival curve needs at least one subject.");
        }

        var order = new int[time.Length];
        var keys = new double[time.Length];
        for (var i = 0; i < order.Length; i++)
        {
            if (!double.IsFinite(time[i]))
            {
                Throw.Argument(nameof(time), $"Time {i} is {time[i]}; filter missing follow-up before fitting.");
            }

            order[i] = i;
            keys[i] = time[i];
        }

        Array.Sort(keys, order);
        var steps = new List<KaplanMeierStep>();
        double survival = 1.0, variance = 0.0;
        var atRisk = time.Length;
        var totalEvents = 0;
        for (var start = 0; start < keys.Length;)
        {
            var end = start;
            var events = 0;
            while (end < keys.Length && keys[end] == keys[start])
            {
                events += eventOccurred[order[end]] ? 1 : 0;
                end++;
            }

            var tied = end - start;
            if (events > 0)
            {
                survival *= 1.0 - ((double)events / atRisk);
                variance += events == atRisk ? double.PositiveInfinity : events / ((double)atRisk * (atRisk - events));
            }

            var se = Math.Sqrt(variance);
            steps.Add(new KaplanMeierStep(keys[start], atRisk, events, tied - events, survival, se, survival * se));
            totalEvents += events;
            atRisk -= tied;
            start = end;
        }

        return new KaplanMeierCurve(steps, time.Length, totalEvents);
    }
}
