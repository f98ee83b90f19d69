using Registry.Etl.Synthetic.Lbz;

namespace Registry.Etl.Synthetic.World;

internal sealed partial class SyntheticWorld
{
    /// <summary>Cohort admissions (first versions) by discharge month, ordered as created.</summary>
    public List<LbzAdmission>[] CohortAdmissions { get; private set; } = [];

    /// <summary>Other-site cancer admissions by discharge month (regenerated when written).</summary>
    public List<CancerAdmissionRef>[] CancerAdmissions { get; private set; } = [];

    public BackgroundPopulation Background { get; private set; } = null!;

    /// <summary>Background episodes per discharge month, so every month reaches the configured volume.</summary>
    public int[] BackgroundEpisodes { get; private set; } = [];

    private void BuildLbz()
    {
        var months = Window.Months;
        CohortAdmissions = new List<LbzAdmission>[months];
        CancerAdmissions = new List<CancerAdmissionRef>[months];
        for (var m = 0; m < months; m++)
        {
            CohortAdmissions[m] = [];
            CancerAdmissions[m] = [];
        }

        foreach (var a in new CohortAdmissionBuilder(Seed, Calibration, Window, Hospitals, AdmissionIds).Build(Colorectal, Liver))
        {
            if (a.DischargeDay >= Window.FirstDay && a.DischargeDay <= Window.LastDay)
            {
                CohortAdmissions[Window.MonthIndex(a.DischargeDay)].Add(a);
            }
        }

        CollectCancerAdmissions();
        Background = new BackgroundPopulation(Seed, Calibration, Window, Persons);
        BackgroundEpisodes = new int[months];
        var lbz = Calibration.Lbz;
        var deathsPerMonth = Background.Dying * lbz.DeathInHospital / months;
        for (var m = 0; m < months; m++)
        {
            var calendarMonth = m % 12;
            var target = Calibration.Volumes.LbzPerYear / 12.0 * (1 + 0.08 * Math.Cos(2 * Math.PI * calendarMonth / 12));
            var rest = target - CohortAdmissions[m].Count - CancerAdmissions[m].Count - deathsPerMonth;
            BackgroundEpisodes[m] = (int)Math.Max(0, Math.Round(rest / (1 + lbz.Readmission)));
        }
    }

    /// <summary>One pass over all other-site cancer patients, in parallel by month, merged in month order.</summary>
    private void CollectCancerAdmissions()
    {
        var months = Window.Months;
        var perIncidenceMonth = new List<(int Discharge, CancerAdmissionRef Ref)>[months];
        Parallel.For(0, months, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Options.Threads) }, m =>
        {
            var found = new List<(int, CancerAdmissionRef)>();
            var count = OtherCancers.Count(m);
            for (var i = 0; i < count; i++)
            {
                var admissions = OtherCancers.Generate(m, i).Admissions;
                for (var k = 0; k < admissions.Length; k++)
                {
                    var day = admissions[k].DischargeDay;
                    if (day >= Window.FirstDay && day <= Window.LastDay)
                    {
                        found.Add((Window.MonthIndex(day), new CancerAdmissionRef(m, i, k)));
                    }
                }
            }

            perIncidenceMonth[m] = found;
        });
        foreach (var list in perIncidenceMonth)
        {
            foreach (var (discharge, reference) in list)
            {
                CancerAdmissions[discharge].Add(reference);
            }
        }
    }
}
