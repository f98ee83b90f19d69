using Registry.Etl.Synthetic.Identity;
using Registry.Etl.Synthetic.Randomness;

namespace Registry.Etl.Synthetic.Lbz;

/// <summary>Builds an unrelated admission (a reason fitting the person's age and sex) starting on a given day.</summary>
internal static class UnrelatedAdmissions
{
    private static readonly double[] Cumulative = BuildCumulative();

    public static void Fill(ref Rng rng, ref LbzAdmission a, in Person person, int admissionDay, short hospital)
    {
        var age = person.AgeOn(admissionDay);
        var all = BackgroundDiagnoses.All;
        var reason = all[4]; // pneumonia fits everyone
        for (var attempt = 0; attempt < 12; attempt++)
        {
            var candidate = all[rng.PickCumulative(Cumulative)];
            if (age >= candidate.MinAge && age <= candidate.MaxAge && (candidate.Sex == 0 || candidate.Sex == person.Sex))
            {
                reason = candidate;
                break;
            }
        }

        a.Person = person;
        a.Hospital = hospital;
        a.CareType = (byte)rng.Pick(reason.CareTypes);
        a.Acute = rng.Chance(reason.Acute);
        var los = a.CareType == 1 ? 0 : a.CareType == 2 ? rng.Between(0, 1) : Math.Max(1, (int)Math.Round(rng.LogNormal(Math.Max(1, reason.LosMedian), 0.5)));
        a.AdmissionDay = admissionDay;
        a.DischargeDay = admissionDay + los;
        a.Specialty = reason.Specialty;
        a.MainDiagnosis = reason.Icd10;
        a.Origin = a.Acute ? (byte)(rng.NextDouble() switch { < 0.90 => 1, < 0.93 => 2, < 0.98 => 3, _ => 9 }) : (byte)1;
        a.Destination = (byte)(age >= 80 && a.CareType == 0 && rng.Chance(0.15) ? 3 : rng.Chance(0.015) ? 2 : rng.Chance(0.01) ? 9 : 1);
        a.IcuDays = (byte)(a.CareType == 0 && a.Acute && rng.Chance(0.05) ? rng.Between(1, 5) : 0);
        if (reason.Procedure.Length > 0 && rng.Chance(reason.ProcedureShare))
        {
            a.AddProcedure(reason.Procedure, admissionDay + (a.CareType == 0 && a.Acute ? Math.Min(los, 1) : 0));
        }

        AddComorbidities(ref rng, ref a, age);
    }

    public static void AddComorbidities(ref Rng rng, ref LbzAdmission a, int age)
    {
        var count = rng.Poisson(Math.Max(0, (age - 30) / 25.0));
        var list = LbzCodes.Comorbidities;
        var start = rng.Below(list.Count);
        for (var i = 0; i < count && i < list.Count; i++)
        {
            a.AddSecondary(list[(start + i) % list.Count]);
        }
    }

    private static double[] BuildCumulative()
    {
        var all = BackgroundDiagnoses.All;
        var cumulative = new double[all.Count];
        var total = 0.0;
        for (var i = 0; i < all.Count; i++)
        {
            total += all[i].Weight;
            cumulative[i] = total;
        }

        return cumulative;
    }
}
