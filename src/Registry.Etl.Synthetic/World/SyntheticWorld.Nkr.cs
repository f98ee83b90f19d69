using Registry.Etl.Synthetic.Export;
using Registry.Etl.Synthetic.Nkr;
using Registry.Etl.Synthetic.Randomness;

namespace Registry.Etl.Synthetic.World;

internal sealed partial class SyntheticWorld
{
    /// <summary>Dense ids of primary liver tumours of DHBA patients start here (colorectal ones lie below).</summary>
    private const long LiverTumourBase = 4_000_000;

    /// <summary>Tumours of the cohorts, ordered by incidence month (clamped to the window) and id.</summary>
    public List<NkrTumour> CohortTumours { get; private set; } = [];

    /// <summary>Index into <see cref="CohortTumours"/> of the first tumour of each month (length Months + 1).</summary>
    public int[] CohortTumourMonthStart { get; private set; } = [];

    private void BuildNkrCohort()
    {
        var tumours = new List<NkrTumour>(Colorectal.Count + Liver.Count);
        foreach (var c in Colorectal)
        {
            c.TumourId = c.Index * 2L;
            tumours.Add(ColorectalTumour(c, c.TumourId, c.Site));
            if (c.SecondSite.Length > 0)
            {
                c.SecondTumourId = c.TumourId + 1;
                tumours.Add(ColorectalTumour(c, c.SecondTumourId, c.SecondSite));
            }
        }

        foreach (var d in Liver)
        {
            if (d.Diagnosis != 3 || d.Previous is not null)
            {
                continue;
            }

            d.TumourId = LiverTumourBase + d.Index;
            var rng = Rng.For(Seed, StreamId.NkrCohort, d.TumourId);
            var incidence = d.ProcedureDay - rng.Between(20, 90);
            var stage = rng.Pick((ReadOnlySpan<double>)[0.40, 0.35, 0.20, 0.05]) + 1;
            var resected = d.ProcedureType is 1 or 3;
            tumours.Add(new NkrTumour
            {
                Id = d.TumourId,
                Person = d.Person,
                IncidenceDay = incidence,
                RegistrationDay = OtherCancerGenerator.RegistrationDay(ref rng, incidence, resected ? d.ProcedureDay : -1),
                Topography = d.Topography,
                Morphology = d.Topography == "C220" ? "8170" : "8160",
                Grade = rng.Chance(0.3) ? 9 : rng.Between(1, 3),
                CT = stage switch { 1 => "T1", 2 => "T2", _ => "T3" },
                CN = stage >= 3 && rng.Chance(0.4) ? "N1" : "N0",
                CM = stage == 4 ? "M1" : "M0",
                Stage = ExportLayouts.Stage(stage),
                DiagnosisHospital = rng.Chance(0.7) ? d.Hospital : Hospitals[rng.Below(Hospitals.Length)],
                SurgeryHospital = resected ? d.Hospital : null,
                SurgeryDay = resected ? d.ProcedureDay : -1,
                DeathDay = d.DeathDay,
                Related = "dhba:" + DhbaKey(d),
            });
        }

        tumours.Sort((a, b) =>
        {
            var ma = CohortMonth(a);
            var mb = CohortMonth(b);
            return ma != mb ? ma.CompareTo(mb) : a.Id.CompareTo(b.Id);
        });
        CohortTumours = tumours;
        var starts = new int[Window.Months + 1];
        var month = 0;
        for (var i = 0; i < tumours.Count; i++)
        {
            var m = CohortMonth(tumours[i]);
            while (month <= m)
            {
                starts[month++] = i;
            }
        }

        while (month <= Window.Months)
        {
            starts[month++] = tumours.Count;
        }

        CohortTumourMonthStart = starts;
    }

    private int CohortMonth(NkrTumour t) => Math.Clamp(Window.MonthIndex(t.IncidenceDay), 0, Window.Months - 1);

    private NkrTumour ColorectalTumour(Dcra.DcraCase c, long id, string site)
    {
        var rng = Rng.For(Seed, StreamId.NkrCohort, id);
        return new NkrTumour
        {
            Id = id,
            Person = c.Person,
            IncidenceDay = c.PathologyDay,
            RegistrationDay = OtherCancerGenerator.RegistrationDay(ref rng, c.PathologyDay, c.Resected ? c.OperationDay : -1),
            Topography = site,
            Morphology = c.Morphology,
            Grade = c.Grade,
            CT = c.CT,
            CN = c.CN,
            CM = c.CM,
            PT = c.PT,
            PN = c.PN,
            PM = c.PM,
            Stage = ExportLayouts.Stage(c.Stage),
            DiagnosisHospital = c.DiagnosisHospital,
            SurgeryHospital = c.Resected ? c.Hospital : null,
            SurgeryDay = c.Resected ? c.OperationDay : -1,
            SurgeryType = c.Resected ? c.Procedure : -1,
            DeathDay = c.DeathDay,
            RecurrenceProject = c.RecurrenceFollowed,
            RecurrenceDay = c.RecurrenceDay,
            RecurrenceType = c.RecurrenceType,
            Related = c.Registered ? "dcra:" + DcraKey(c) : "",
        };
    }
}
