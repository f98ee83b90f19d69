using Registry.Etl.Synthetic.Dcra;
using Registry.Etl.Synthetic.Randomness;

namespace Registry.Etl.Synthetic.Dhba;

internal sealed partial class DhbaGenerator
{
    /// <summary>
    /// Death before any liver outcome: cohort patients keep the day of their colorectal course; others
    /// get one from the population hazard plus an excess by diagnosis group. Needed before repeats are
    /// planned (a repeat needs a living patient).
    /// </summary>
    private void DrawBaselineDeath(DhbaCase d)
    {
        if (d.Colorectal is { } c)
        {
            d.DeathDay = c.DeathDay;
            return;
        }

        var rng = Rng.For(_seed, StreamId.DhbaFollowUp, d.Person.Id);
        var excess = d.Diagnosis switch { 1 => Hazards.AfterLiverTreatment, 2 => 0.25, 3 => 0.20, _ => 0 };
        var hazard = Hazards.Population(d.Age, d.Person.Sex) + excess;
        d.DeathDay = Math.Max(d.ProcedureDay + 31 + rng.Below(60), Hazards.EventDay(rng.NextDouble(), hazard, d.ProcedureDay));
    }

    private void AddRepeats(List<DhbaCase> cases)
    {
        foreach (var d in cases)
        {
            DrawBaselineDeath(d);
        }

        var primaries = cases.Count;
        for (var i = 0; i < primaries; i++)
        {
            var first = cases[i];
            var rng = Rng.For(_seed, StreamId.DhbaCases, first.Person.Id, 99);
            if (!rng.Chance(_dhba.Repeat))
            {
                continue;
            }

            var day = first.ProcedureDay + rng.Between(180, 720);
            if (day > _window.LastDay || day >= first.DeathDay - 30)
            {
                continue;
            }

            var hospital = rng.Chance(0.85) ? first.Hospital : Centre(ref rng, first.Person.Region);
            var repeat = new DhbaCase
            {
                Index = 0,
                Person = first.Person,
                Hospital = hospital,
                Colorectal = first.Colorectal,
                Previous = first,
                ProcedureDay = day,
                Diagnosis = first.Diagnosis,
                Synchronous = false,
                DeathDay = first.DeathDay,
            };
            DrawPatient(ref rng, repeat, first.Asa, first.Charlson, first.HeightCm, first.WeightKg);
            repeat.Topography = first.Topography;
            cases.Add(repeat);
        }
    }
}
