using Registry.Etl.Synthetic.Dcra;
using Registry.Etl.Synthetic.Randomness;

namespace Registry.Etl.Synthetic.Dhba;

internal sealed partial class DhbaOutcomeModel
{
    /// <summary>Grade, reintervention, ICU, length of stay, timing of death, destination, margins.</summary>
    public void DrawCourse(DhbaCase d)
    {
        var rng = Rng.For(_seed, StreamId.DhbaOutcomes, d.Person.Id, d.ProcedureDay, 5);
        var grade = 0;
        var reintervention = 0;
        if (d.MajorMorbidity)
        {
            var p = rng.NextDouble();
            (grade, reintervention) = p < 0.45 ? (3, 1) : p < 0.75 ? (4, 2) : p < 0.95 ? (5, rng.Chance(0.5) ? 2 : 0) : (6, rng.Chance(0.5) ? 1 : 0);
        }
        else if (d.MinorComplication)
        {
            grade = rng.Chance(0.45) ? 1 : 2;
        }

        var median = d.ProcedureType switch { 2 => d.Approach == 4 ? 1.0 : 3.0, 4 => 4.0, 3 => 6.5, _ => d.ResectionExtent == 2 ? 7.5 : 5.0 };
        var days = rng.LogNormal(median, 0.3) + (d.MajorMorbidity ? rng.LogNormal(10, 0.5) : 0) + (d.MinorComplication ? 2 : 0);
        var postop = d.ProcedureType == 2 && d.Approach == 4 && rng.Chance(0.3) ? 0 : Math.Clamp((int)Math.Round(days), 1, 120);
        d.IcuDays = grade >= 5 ? rng.Between(2, 21) : d.ResectionExtent == 2 && rng.Chance(0.35) ? rng.Between(1, 2) : 0;
        if (d.PostoperativeDeath)
        {
            grade = 7;
            int offset;
            if (rng.Chance(0.85) || postop >= 29)
            {
                offset = rng.Between(1, Math.Clamp(postop + 3, 2, 45));
                d.DiedInHospital = true;
                postop = offset;
            }
            else
            {
                offset = rng.Between(postop + 1, 30);
            }

            d.DeathDay = d.ProcedureDay + offset;
            d.Dead30 = offset <= 30;
        }

        d.ClavienDindo = grade;
        d.Reintervention = reintervention;
        d.Complication = grade > 0;
        d.Icu = d.IcuDays > 0;
        if (d.Simultaneous)
        {
            d.AdmissionDay = d.Colorectal!.AdmissionDay;
            d.DischargeDay = d.Colorectal.DischargeDay;
        }
        else
        {
            d.DischargeDay = d.ProcedureDay + postop;
        }

        d.DischargeDestination = d.DiedInHospital ? 4 : rng.Chance(d.Age >= 80 ? 0.08 : 0.01) ? 3 : 1;
        if (!d.PostoperativeDeath)
        {
            d.DeathDay = Math.Max(d.DeathDay, d.DischargeDay + 31);
        }

        DrawMargin(ref rng, d);
    }

    private static void DrawMargin(ref Rng rng, DhbaCase d)
    {
        if (d.ProcedureType is 2 or 4)
        {
            return;
        }

        var p = rng.NextDouble();
        d.Radicality = p < (d.Diagnosis == 3 ? 0.90 : 0.85) ? 0 : p < 0.98 ? 1 : 2;
        d.MarginMm = d.Radicality == 0 ? (int)Math.Clamp(Math.Round(rng.LogNormal(8, 0.7)), 1, 100) : 0;
    }

    /// <summary>
    /// Local tumour progression after ablation from a constant hazard calibrated to the configured
    /// one-year cumulative incidence with death competing, and the follow-up imaging that registers it
    /// (about 3, 6, 12, 18 and 24 months; only from the year long-term items exist).
    /// </summary>
    public void DrawFollowUp(DhbaCase d)
    {
        if (!d.Ablated)
        {
            return;
        }

        var rng = Rng.For(_seed, StreamId.DhbaFollowUp, d.Person.Id, d.ProcedureDay);
        var deathHazard = Hazards.Population(d.Age, d.Person.Sex) + Hazards.AfterLiverTreatment;
        d.LocalProgressionHazard = Hazards.RecurrenceFor(_dhba.LocalProgressionOneYear, deathHazard, 1);
        var ltp = Hazards.EventDay(rng.NextDouble(), d.LocalProgressionHazard, d.ProcedureDay);
        d.LocalProgressionDay = ltp < d.DeathDay ? ltp : int.MaxValue;
        if (DateOnly.FromDayNumber(d.ProcedureDay).Year < _dhba.FollowUpFromYear || d.PostoperativeDeath)
        {
            return;
        }

        var imaging = new List<int>(5);
        foreach (var offset in (ReadOnlySpan<int>)[90, 180, 365, 545, 730])
        {
            var day = d.ProcedureDay + offset + rng.Between(-14, 14);
            if (day >= d.DeathDay)
            {
                break;
            }

            imaging.Add(day);
            if (day >= d.LocalProgressionDay)
            {
                break; // progression seen: re-treatment starts, this registration stops
            }
        }

        d.ImagingDays = imaging.ToArray();
    }
}
