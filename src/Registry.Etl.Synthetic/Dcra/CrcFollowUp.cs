using Registry.Etl.Synthetic.Calibration;
using Registry.Etl.Synthetic.Randomness;

namespace Registry.Etl.Synthetic.Dcra;

/// <summary>
/// Long-term course of every colorectal patient as an illness-death model: recurrence (resected stage
/// I-III, calibrated to the 3-year cumulative incidences of domain.md 7) competing with death; after a
/// recurrence a higher death hazard; liver-only metastases (synchronous, or a distant recurrence) may be
/// treated locally, which is where DHBA patients come from.
/// </summary>
internal sealed class CrcFollowUp
{
    private readonly ulong _seed;
    private readonly DcraCalibration _dcra;
    private readonly DhbaCalibration _dhba;

    public CrcFollowUp(ulong seed, SyntheticCalibration calibration)
    {
        _seed = seed;
        _dcra = calibration.Dcra;
        _dhba = calibration.Dhba;
    }

    public void Apply(DcraCase c)
    {
        var rng = Rng.For(_seed, StreamId.CrcFollowUp, c.Person.Id);
        var start = c.Resected ? c.OperationDay : c.PathologyDay;
        var age = c.Person.AgeOn(start);
        var excess = c.Resected ? Hazards.ResectedExcess(c.Stage, c.Radicality) : Hazards.NotResectedExcess(c.Stage);
        c.DeathHazard = Hazards.Population(age, c.Person.Sex) + excess;
        if (c.PostoperativeDeath)
        {
            return;
        }

        // Survivors of the postoperative period live past it (and past a readmission).
        var earliest = Math.Max(start + 31, Math.Max(c.DischargeDay, c.ReadmissionDay + 10) + 1);
        var death = Math.Max(Hazards.EventDay(rng.NextDouble(), c.DeathHazard, start), earliest + rng.Below(30));
        c.RecurrenceFollowed = c.Resected && c.Stage <= 3;
        var recurrenceDraw = rng.NextDouble();
        if (c.RecurrenceFollowed)
        {
            var target = _dcra.RecurrenceThreeYear[(int)c.Location * 3 + c.Stage - 1];
            c.RecurrenceHazard = Hazards.RecurrenceFor(target, c.DeathHazard, 3);
            var recurrence = Hazards.EventDay(recurrenceDraw, c.RecurrenceHazard, start);
            if (recurrence < death)
            {
                // A recurrence is found after the postoperative course at the earliest; moving (not
                // dropping) early ones keeps the planted cumulative incidence at three years.
                recurrence = Math.Min(Math.Max(recurrence, earliest), death - 1);
                c.RecurrenceDay = recurrence;
                var p = rng.NextDouble();
                var local = c.Location == TumourLocation.Rectum ? 0.30 : 0.15;
                c.RecurrenceType = p < local ? 1 : p < local + 0.2 ? 2 : 3;
                death = Hazards.EventDay(rng.NextDouble(), Hazards.Population(age + 2, c.Person.Sex) + Hazards.AfterRecurrence(c.RecurrenceType), recurrence);
                if (c.RecurrenceType == 3 && rng.Chance(0.55) && rng.Chance(_dhba.TreatMetachronous))
                {
                    death = PlanLiverTreatment(ref rng, c, recurrence + rng.Between(30, 120), death, age);
                }
            }
        }
        else if (c.Resected && c.LiverMetastases && rng.Chance(_dhba.TreatSynchronous))
        {
            // One in ten resects the liver metastases in the same operation (domain.md 3.1: 10 %).
            var day = rng.Chance(0.1) ? c.OperationDay : Math.Max(c.OperationDay + rng.Between(30, 150), c.DischargeDay + 14);
            death = PlanLiverTreatment(ref rng, c, day, death, age);
        }

        c.DeathDay = Math.Max(death, earliest);
    }

    private static int PlanLiverTreatment(ref Rng rng, DcraCase c, int day, int death, int age)
    {
        if (day >= death)
        {
            return death;
        }

        c.LiverTreatmentDay = day;
        return Math.Max(day + 35, Hazards.EventDay(rng.NextDouble(), Hazards.Population(age + 1, c.Person.Sex) + Hazards.AfterLiverTreatment, day));
    }
}
