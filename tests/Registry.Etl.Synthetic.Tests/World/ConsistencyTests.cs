using Registry.Etl.Synthetic.Lbz;
using Registry.Etl.Synthetic.Tests.Support;
using Registry.Etl.Synthetic.World;

namespace Registry.Etl.Synthetic.Tests.World;

/// <summary>One world, told consistently: the cross-field rules ingest checks hold, and no source contradicts another.</summary>
public sealed class ConsistencyTests
{
    private static SyntheticWorld W => ModerateWorld.World;

    [Fact]
    public void DcraCases_DatesAndGrades_AreConsistent()
    {
        foreach (var c in W.Colorectal.Where(c => c.Resected))
        {
            Assert.True(c.PathologyDay <= c.OperationDay, "surgery before diagnosis");
            Assert.True(c.AdmissionDay <= c.OperationDay && c.OperationDay <= c.DischargeDay, "operation outside admission");
            Assert.True(c.MdoDay < 0 || (c.MdoDay >= c.PathologyDay && c.MdoDay <= c.OperationDay), "MDO outside PA..operation");
            Assert.True(c.Person.DateOfBirth < c.OperationDay);
            Assert.True(c.DeathDay > c.OperationDay);
            Assert.Equal(c.PostoperativeDeath, c.ClavienDindo == 7);
            Assert.True(!c.Leak || c.ClavienDindo >= 2, "a leak is at least grade II");
            Assert.True(c.Reintervention != 2 || c.ClavienDindo >= 4, "surgical reintervention is at least IIIb");
            Assert.True(c.Reintervention != 1 || c.ClavienDindo >= 3, "radiological reintervention is at least IIIa");
            Assert.Equal(c.ClavienDindo > 0, c.Complication);
            Assert.True(!c.DiedInHospital || c.DeathDay == c.DischargeDay, "in-hospital death ends the admission");
            Assert.True(c.DiedInHospital || c.DeathDay > c.DischargeDay);
            Assert.True(!c.Readmitted || (c.ReadmissionDay > c.DischargeDay && c.ReadmissionDay < c.DeathDay));
            Assert.True(c.RecurrenceDay == int.MaxValue || c.RecurrenceDay < c.DeathDay, "recurrence after death");
            Assert.True(c.Anastomosis != 0 || c.Leakage == 8);
        }
    }

    [Fact]
    public void AuditRecords_AllInTheDataYears()
    {
        Assert.All(W.Colorectal.Where(c => c.Resected), c => Assert.InRange(c.OperationDay, W.Window.FirstDay, W.Window.LastDay));
        Assert.All(W.Liver, d => Assert.InRange(d.ProcedureDay, W.Window.FirstDay, W.Window.LastDay));
    }

    [Fact]
    public void LiverCases_FollowUpAndDeaths_AreConsistent()
    {
        foreach (var d in W.Liver)
        {
            Assert.True(d.AdmissionDay <= d.ProcedureDay && d.ProcedureDay <= d.DischargeDay);
            Assert.True(d.DeathDay >= d.DischargeDay);
            Assert.All(d.ImagingDays, day => Assert.True(day > d.ProcedureDay && day < d.DeathDay));
            Assert.True(d.Ablated || d.ImagingDays.Length == 0);
            if (d.Colorectal is { } c)
            {
                Assert.Equal(c.DeathDay, d.DeathDay);
                Assert.True(d.ProcedureDay >= c.OperationDay);
            }
        }
    }

    [Fact]
    public void CohortAdmissions_NeverAfterDeath_NeverOverlapping_EndInDeathOnlyOnTheDay()
    {
        var deaths = new Dictionary<long, int>();
        foreach (var c in W.Colorectal)
        {
            deaths[c.Person.Id] = c.DeathDay;
        }

        foreach (var d in W.Liver)
        {
            deaths[d.Person.Id] = d.DeathDay;
        }

        var byPerson = W.CohortAdmissions.SelectMany(m => m).GroupBy(a => a.Person.Id);
        foreach (var group in byPerson)
        {
            var death = deaths[group.Key];
            var admissions = group.OrderBy(a => a.AdmissionDay).ToList();
            for (var i = 0; i < admissions.Count; i++)
            {
                var a = admissions[i];
                Assert.True(a.AdmissionDay <= a.DischargeDay);
                Assert.True(a.DischargeDay <= death, $"person {group.Key}: admission {a.Kind} after death.");
                Assert.True(a.Destination != 4 || a.DischargeDay == death, $"person {group.Key}: died in hospital on another day than the death.");
                Assert.True(i == 0 || admissions[i - 1].DischargeDay <= a.AdmissionDay || a.Kind == LbzKind.Transfer, $"person {group.Key}: overlapping admissions.");
            }
        }
    }

    [Fact]
    public void BackgroundPopulation_NobodyAdmittedAfterDeath()
    {
        var background = new BackgroundAdmissions(W);
        for (var month = 0; month < W.Window.Months; month += 5)
        {
            var list = new List<LbzAdmission>();
            background.AddMonth(month, list);
            Assert.NotEmpty(list);
            foreach (var a in list)
            {
                var j = a.Person.Id - PersonRanges.BackgroundBase;
                var death = W.Background.DeathDay(j);
                Assert.True(a.DischargeDay <= death, $"background person {j} admitted after death.");
                Assert.True(a.Destination != 4 || a.DischargeDay == death);
                Assert.Equal(month, W.Window.MonthIndex(a.DischargeDay));
            }
        }
    }

    [Fact]
    public void NkrTumours_OfOnePerson_ShareDeathAndIdentity()
    {
        foreach (var group in W.CohortTumours.GroupBy(t => t.Person.Id))
        {
            Assert.Single(group.Select(t => t.DeathDay).Distinct());
            Assert.Single(group.Select(t => t.Person).Distinct());
            Assert.All(group, t => Assert.True(t.IncidenceDay < t.DeathDay && (t.SurgeryDay < 0 || t.SurgeryDay >= t.IncidenceDay)));
        }

        for (var i = 0; i < 200; i++)
        {
            var patient = W.OtherCancers.Generate(i % W.Window.Months, i);
            Assert.True(patient.First.IncidenceDay < patient.First.DeathDay);
            Assert.True(patient.Second is null || (patient.Second.IncidenceDay > patient.First.IncidenceDay && patient.Second.DeathDay == patient.First.DeathDay));
            Assert.All(patient.Admissions, a => Assert.True(a.DischargeDay <= patient.First.DeathDay && (a.Destination != 4 || a.DischargeDay == patient.First.DeathDay)));
        }
    }
}
