namespace Registry.Etl.Synthetic.Dcra;

/// <summary>
/// Yearly hazards of the survival model: a Gompertz-like population mortality by age and sex plus a
/// cancer excess by stage, constant per patient (so each patient's times are exponential and the truth
/// can state the hazards exactly). PROPOSED values that give a 5-year survival of ~60 % for resected
/// colorectal cancer (domain.md 7: 5-year relative survival ~60 %).
/// </summary>
internal static class Hazards
{
    public const double DaysPerYear = 365.25;

    public static double Population(int age, byte sex) =>
        Math.Exp(-10.5 + 0.09 * Math.Clamp(age, 0, 105)) * (sex == 1 ? 1.25 : 0.85);

    public static double ResectedExcess(int stage, int radicality) =>
        stage switch { 1 => 0.005, 2 => 0.015, 3 => 0.04, _ => 0.30 } + (radicality > 0 ? 0.05 : 0);

    public static double NotResectedExcess(int stage) => stage == 4 ? 0.9 : 0.35;

    /// <summary>Hazard of death after a recurrence, by type (1 local, 2 regional, 3 distant).</summary>
    public static double AfterRecurrence(int type) => type switch { 1 => 0.25, 2 => 0.30, _ => 0.45 };

    /// <summary>Excess hazard after local treatment of liver metastases.</summary>
    public const double AfterLiverTreatment = 0.18;

    /// <summary>
    /// The cause-specific recurrence hazard r for which the cumulative incidence at t years, with death
    /// hazard d competing, equals the target: CIF(t) = r / (r + d) * (1 - exp(-(r + d) t)) (bisection;
    /// increasing in r).
    /// </summary>
    public static double RecurrenceFor(double target, double deathHazard, double years)
    {
        double lo = 0, hi = 10;
        for (var i = 0; i < 60; i++)
        {
            var mid = 0.5 * (lo + hi);
            var total = mid + deathHazard;
            var cif = mid / total * (1 - Math.Exp(-total * years));
            if (cif < target)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return 0.5 * (lo + hi);
    }

    /// <summary>Day after <paramref name="start"/> of an exponential event, or int.MaxValue beyond 80 years.</summary>
    public static int EventDay(double uniformDraw, double rate, int start)
    {
        var years = -Math.Log(1.0 - uniformDraw) / rate;
        return years > 80 ? int.MaxValue : start + Math.Max(1, (int)Math.Round(years * DaysPerYear));
    }
}
