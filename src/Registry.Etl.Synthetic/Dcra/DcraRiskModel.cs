namespace Registry.Etl.Synthetic.Dcra;

/// <summary>
/// Linear predictors (log-odds, without intercept and hospital effect) of the planted DCRA outcome models,
/// on the case-mix variables of domain.md 2.3 (age, sex, BMI, ASA, Charlson, location, stage, urgency,
/// preoperative complication, approach, neoadjuvant therapy). Directions follow the DCRA models cited
/// there ([S17], [S18], [S19]); magnitudes are PROPOSED, chosen to give realistic spreads of risk.
/// The intercepts are calibrated on the generated population so each configured rate is hit.
/// </summary>
internal static class DcraRiskModel
{
    /// <summary>Log-odds ratio of death after an anastomotic leak (failure to rescue).</summary>
    public const double DeathAfterLeak = 1.4;

    /// <summary>Log-odds ratio of death after another severe complication.</summary>
    public const double DeathAfterSevere = 1.6;

    public static double Mortality(DcraCase c)
    {
        var lp = AgeTerm(c.AgeAtOperation, -0.7, 0.6, 1.3);
        lp += c.Person.Sex == 1 ? 0.3 : 0;
        var bmi = c.Bmi;
        lp += bmi < 18.5 ? 0.5 : bmi >= 30 ? 0.15 : 0;
        lp += c.Asa switch { 2 => 0.5, 3 => 1.2, >= 4 => 2.0, _ => 0 };
        lp += c.Charlson switch { 0 => 0, 1 => 0.2, _ => 0.4 };
        lp += c.Location == TumourLocation.LeftColon ? -0.1 : 0;
        lp += c.Stage switch { 2 => 0.1, 3 => 0.2, 4 => 0.7, _ => 0 };
        lp += c.Urgency switch { 1 => 1.1, 2 => 0.3, 3 => 0.8, _ => 0 };
        lp += c.PreopComplication switch { 2 => 0.6, 1 or 3 => 0.3, _ => 0 };
        lp += c.MinimallyInvasive ? -0.4 : 0;
        return lp;
    }

    public static double Leak(DcraCase c)
    {
        var lp = c.Person.Sex == 1 ? 0.35 : 0;
        lp += c.Bmi >= 30 ? 0.3 : 0;
        lp += c.Asa >= 3 ? 0.3 : 0;
        lp += c.Charlson >= 2 ? 0.2 : 0;
        lp += c.Neoadjuvant is 1 or 2 ? 0.2 : 0;
        lp += c.Urgency is 1 or 3 ? 0.3 : 0;
        lp += c.PreopComplication > 0 ? 0.2 : 0;
        lp += c.AgeAtOperation >= 80 ? 0.1 : 0;
        lp += c.MinimallyInvasive ? -0.1 : 0;
        return lp;
    }

    public static double Severe(DcraCase c)
    {
        var lp = AgeTerm(c.AgeAtOperation, -0.3, 0.3, 0.6);
        lp += c.Asa switch { 2 => 0.3, 3 => 0.7, >= 4 => 1.1, _ => 0 };
        lp += c.Charlson >= 2 ? 0.3 : 0;
        lp += c.Urgency is 1 or 3 ? 0.6 : 0;
        lp += c.MinimallyInvasive ? -0.4 : 0;
        lp += c.Person.Sex == 1 ? 0.15 : 0;
        lp += c.Bmi >= 30 ? 0.15 : 0;
        lp += c.Location == TumourLocation.Rectum ? 0.2 : 0;
        return lp;
    }

    public static double Minor(DcraCase c)
    {
        var lp = c.AgeAtOperation >= 70 ? 0.2 : 0;
        lp += c.Asa >= 3 ? 0.2 : 0;
        lp += c.MinimallyInvasive ? 0 : 0.3;
        lp += c.Location == TumourLocation.Rectum ? 0.2 : 0;
        return lp;
    }

    public static double Readmission(DcraCase c)
    {
        var lp = c.AgeAtOperation >= 80 ? 0.2 : 0;
        lp += c.Leak ? 0.8 : 0;
        lp += c.SevereOther ? 0.6 : 0;
        lp += c.MinorComplication ? 0.3 : 0;
        lp += c.Asa >= 3 ? 0.2 : 0;
        lp += c.Anastomosis != 1 ? 0.3 : 0;
        return lp;
    }

    public static double CrmPositive(DcraCase c)
    {
        var lp = c.PT is "T4a" or "T4b" ? 1.5 : c.PT == "T3" ? 0.5 : 0;
        lp += c.Procedure == 8 ? 0.4 : 0;
        lp += c.Urgency is 1 or 3 ? 0.3 : 0;
        return lp;
    }

    /// <summary>Leakage calibration group: 0 other resections with an anastomosis, 1 LAR primary only, 2 LAR with diverting stoma, -1 no anastomosis.</summary>
    public static int LeakGroup(DcraCase c) => c.Anastomosis == 0 ? -1 : c.Procedure == 7 ? (c.Anastomosis == 2 ? 2 : 1) : 0;

    private static double AgeTerm(int age, double under60, double from70, double from80) =>
        age < 60 ? under60 : age < 70 ? 0 : age < 80 ? from70 : from80;
}
