using Registry.Etl.Synthetic.Dcra;
using Registry.Etl.Synthetic.Identity;
using Registry.Etl.Synthetic.Lbz;
using Registry.Etl.Synthetic.Randomness;
using Registry.Etl.Synthetic.World;

namespace Registry.Etl.Synthetic.Nkr;

internal sealed partial class OtherCancerGenerator
{
    private static readonly string[] StageNames = ["I", "II", "III", "IV", "X"];

    private NkrTumour Tumour(ref Rng rng, OtherSite site, in Person person, int incidence, Hospital diagnosis, long id, out double deathHazard, out int surgeryDay)
    {
        var inSitu = rng.Chance(site.InSitu);
        var stage = inSitu ? -1 : rng.Pick(site.Stages);
        var (t, n, m) = inSitu ? ("Tis", "N0", "M0") : site.Staged && stage < 4 ? GenericTnm(ref rng, stage + 1) : ("", "", "");
        var resected = rng.Chance(site.Resected * (stage == 3 ? 0.3 : 1));
        surgeryDay = resected ? incidence + rng.Between(14, 60) : -1;
        var surgeryHospital = resected ? (rng.Chance(0.8) ? diagnosis : _picker.Pick(ref rng, person.Region)) : null;
        var excess = inSitu ? 0 : site.Excess[Math.Min(stage, 3)];
        deathHazard = Hazards.Population(person.AgeOn(incidence), person.Sex) + excess;
        var grade = site.Staged && rng.Chance(0.8) ? rng.Between(1, 3) : 9;
        return new NkrTumour
        {
            Id = id,
            Person = person,
            IncidenceDay = incidence,
            RegistrationDay = RegistrationDay(ref rng, incidence, surgeryDay),
            Topography = site.Topography,
            Morphology = site.Morphologies[rng.Below(site.Morphologies.Length)],
            Behaviour = inSitu ? 2 : 3,
            Grade = grade,
            CT = t,
            CN = n,
            CM = m,
            PT = resected ? t : "",
            PN = resected ? n : "",
            PM = resected ? m : "",
            Stage = inSitu ? "0" : StageNames[stage],
            DiagnosisHospital = diagnosis,
            SurgeryHospital = surgeryHospital,
            SurgeryDay = surgeryDay,
            DeathDay = int.MaxValue,
        };
    }

    /// <summary>
    /// IKNL registers 3-12 months after incidence (domain.md 1), never earlier than 70 days, and not
    /// before the primary resection is known (so no extract shows a surgery date after its export date).
    /// </summary>
    public static int RegistrationDay(ref Rng rng, int incidence, int surgeryDay = -1) =>
        Math.Max(incidence + 70 + Math.Min(330, (int)rng.Exponential(1.0 / 90)), surgeryDay + 14);

    /// <summary>A TNM consistent with a stage, without site-specific detail.</summary>
    private static (string T, string N, string M) GenericTnm(ref Rng rng, int stage) => stage switch
    {
        1 => (rng.Chance(0.5) ? "T1" : "T2", "N0", "M0"),
        2 => (rng.Chance(0.6) ? "T2" : "T3", "N0", "M0"),
        3 => (rng.Pick<string>(["T1", "T2", "T3", "T4"]), rng.Chance(0.6) ? "N1" : "N2", "M0"),
        _ => (rng.Pick<string>(["T2", "T3", "T4", "TX"]), rng.Pick<string>(["N0", "N1", "N2", "NX"]), "M1"),
    };

    /// <summary>Treatment admission for a resection, a diagnostic day admission, and dying in hospital.</summary>
    private LbzAdmission[] Admissions(ref Rng rng, OtherSite site, NkrTumour tumour, int surgeryDay, int month, int index)
    {
        var list = new List<LbzAdmission>(2);
        var death = tumour.DeathDay;
        var lastDischarge = -1;
        if (surgeryDay >= 0 && site.ProcedureCode.Length > 0 && rng.Chance(site.AdmissionIfResected))
        {
            var los = Math.Max(0, (int)Math.Round(rng.LogNormal(SurgicalStay(site.Topography), 0.35)));
            if (surgeryDay + los < death)
            {
                var a = Treatment(ref rng, site, tumour, surgeryDay, los, tumour.SurgeryHospital!.Index, _ids.Cancer(month, index, 0));
                a.AddProcedure(site.ProcedureCode, surgeryDay);
                list.Add(a);
                lastDischarge = a.DischargeDay;
            }
        }
        else if (rng.Chance(0.25))
        {
            var day = tumour.IncidenceDay + rng.Between(0, 10);
            if (day < death)
            {
                var a = Treatment(ref rng, site, tumour, day, 0, tumour.DiagnosisHospital.Index, _ids.Cancer(month, index, 1));
                a.Kind = LbzKind.Cancer;
                list.Add(a);
                lastDischarge = a.DischargeDay;
            }
        }

        if (death <= _window.LastDay + 31 && rng.Chance(_calibration.Lbz.DeathInHospital))
        {
            var los = rng.Between(1, 14);
            if (death - los > lastDischarge)
            {
                var a = Treatment(ref rng, site, tumour, death - los, los, _picker.Pick(ref rng, tumour.Person.Region).Index, _ids.Cancer(month, index, 2));
                a.Kind = LbzKind.Death;
                a.Acute = true;
                a.Destination = 4;
                a.Specialty = LbzCodes.InternalMedicine;
                a.MainDiagnosis = rng.Chance(0.7) ? site.Icd10 : "J189";
                list.Add(a);
            }
        }

        return list.ToArray();
    }

    private static LbzAdmission Treatment(ref Rng rng, OtherSite site, NkrTumour tumour, int day, int los, int hospital, long id)
    {
        var a = new LbzAdmission
        {
            Person = tumour.Person,
            Id = id,
            Hospital = (short)hospital,
            AdmissionDay = day - (los > 0 && rng.Chance(0.3) ? 1 : 0),
            DischargeDay = day + los,
            CareType = los == 0 ? (byte)1 : (byte)0,
            Acute = false,
            Origin = 1,
            Destination = 1,
            Kind = LbzKind.Cancer,
            Version = 1,
            Specialty = site.Specialty,
            MainDiagnosis = site.Icd10,
        };
        if (tumour.Stage == "IV" && rng.Chance(0.3))
        {
            a.AddSecondary(LbzCodes.LiverMetastasis);
        }

        UnrelatedAdmissions.AddComorbidities(ref rng, ref a, tumour.Person.AgeOn(day));
        return a;
    }

    private static double SurgicalStay(string topography) => topography switch
    {
        "C509" or "C629" => 1,
        "C619" or "C541" or "C739" => 3,
        "C341" or "C349" or "C649" => 5,
        "C259" or "C159" => 12,
        "C169" => 9,
        "C329" or "C569" or "C539" or "C719" => 6,
        "C679" => 2,
        _ => 0.5,
    };
}
