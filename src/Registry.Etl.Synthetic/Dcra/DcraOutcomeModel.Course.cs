using Registry.Etl.Synthetic.Randomness;

namespace Registry.Etl.Synthetic.Dcra;

internal sealed partial class DcraOutcomeModel
{
    /// <summary>
    /// Clavien-Dindo grade, reintervention and ICU consistent with the events (leak with surgical
    /// reintervention is at least IIIb, death is V), then length of stay, the timing of a death and the
    /// discharge destination.
    /// </summary>
    private static void DrawCourse(ref Rng rng, DcraCase c)
    {
        var grade = 0;
        var reintervention = 0;
        if (c.Leak)
        {
            var p = rng.NextDouble();
            (grade, reintervention) = p < 0.55 ? (4, 2) : p < 0.80 ? (3, 1) : (2, 0);
            if (reintervention > 0 && rng.Chance(0.25))
            {
                grade = rng.Chance(0.72) ? 5 : 6;
            }
        }
        else if (c.Leakage == 2)
        {
            (grade, reintervention) = rng.Chance(0.7) ? (3, 1) : (2, 0);
        }

        if (c.SevereOther)
        {
            var p = rng.NextDouble();
            var (g, r) = p < 0.35 ? (3, 1) : p < 0.65 ? (4, 2) : p < 0.90 ? (5, rng.Chance(0.4) ? 1 : 0) : (6, rng.Chance(0.5) ? 2 : 0);
            grade = Math.Max(grade, g);
            reintervention = Math.Max(reintervention, r);
        }

        if (c.MinorComplication)
        {
            grade = Math.Max(grade, rng.Chance(0.4) ? 1 : 2);
        }

        var postopDays = LengthOfStay(ref rng, c);
        if (c.PostoperativeDeath)
        {
            grade = 7;
            if (rng.Chance(0.8) || postopDays >= 30)
            {
                var deathOffset = rng.Between(1, Math.Clamp(postopDays + 3, 2, 45));
                c.DiedInHospital = true;
                postopDays = deathOffset;
                c.DeathDay = c.OperationDay + deathOffset;
            }
            else
            {
                c.DeathDay = c.OperationDay + rng.Between(postopDays + 1, 30);
            }

            c.Dead30 = c.DeathDay - c.OperationDay <= 30;
        }

        c.ClavienDindo = grade;
        c.Reintervention = reintervention;
        c.Complication = grade > 0;
        c.Icu = grade >= 5 || (grade == 4 && rng.Chance(0.3)) || rng.Chance(c.Asa >= 3 ? 0.08 : 0.03);
        c.DischargeDay = c.OperationDay + postopDays;
        c.DischargeDestination = c.DiedInHospital ? 4
            : rng.Chance(0.015) ? 2
            : rng.Chance((c.AgeAtOperation >= 80 ? 0.12 : 0.02) + (grade >= 3 ? 0.10 : 0)) ? 3
            : 1;
    }

    /// <summary>Postoperative days: log-normal around a median of 4-7 days, longer after complications.</summary>
    private static int LengthOfStay(ref Rng rng, DcraCase c)
    {
        if (c.Procedure == 6)
        {
            return rng.Between(1, 3);
        }

        var median = (c.MinimallyInvasive ? 4.0 : 6.0) + (c.Location == TumourLocation.Rectum ? 1 : 0)
            + (c.AgeAtOperation >= 80 ? 1 : 0) + (c.Urgency is 1 or 3 ? 2 : 0);
        var days = rng.LogNormal(median, 0.3);
        days += c.MinorComplication ? rng.Between(1, 3) : 0;
        days += c.Leak ? rng.LogNormal(12, 0.4) : 0;
        days += c.Leakage == 2 ? rng.LogNormal(6, 0.4) : 0;
        days += c.SevereOther ? rng.LogNormal(8, 0.5) : 0;
        return Math.Clamp((int)Math.Round(days), 1, 120);
    }

    private void DrawReadmissions(List<DcraCase> cases)
    {
        var alive = cases.Where(c => !c.DiedInHospital).ToArray();
        var alpha = Logistic.CalibrateIntercept(alive.Select(DcraRiskModel.Readmission).ToArray(), _dcra.Readmission);
        Intercepts.Readmission = alpha;
        foreach (var c in alive)
        {
            var rng = Rng.For(_seed, StreamId.DcraOutcomes, c.Index, 4);
            if (rng.Chance(Logistic.Sigmoid(alpha + DcraRiskModel.Readmission(c))))
            {
                var day = c.DischargeDay + rng.Between(1, 30);
                if (day < c.DeathDay)
                {
                    c.Readmitted = true;
                    c.ReadmissionDay = day;
                }
            }
        }
    }

    private void DrawCrm(List<DcraCase> cases)
    {
        var tme = cases.Where(c => c.TotalMesorectalExcision).ToArray();
        var alpha = Logistic.CalibrateIntercept(tme.Select(DcraRiskModel.CrmPositive).ToArray(), _dcra.CrmPositive);
        Intercepts.Crm = alpha;
        foreach (var c in tme)
        {
            var rng = Rng.For(_seed, StreamId.DcraOutcomes, c.Index, 5);
            if (rng.Chance(Logistic.Sigmoid(alpha + DcraRiskModel.CrmPositive(c))))
            {
                c.Crm = rng.Chance(0.4) ? 0 : 1;
            }
            else
            {
                var p = rng.NextDouble();
                c.Crm = c.PT == "T0" ? 5 : p < 0.55 ? 2 : p < 0.90 ? 3 : 4;
            }
        }
    }
}
