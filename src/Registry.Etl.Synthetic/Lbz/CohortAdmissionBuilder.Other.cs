using Registry.Etl.Synthetic.Dcra;
using Registry.Etl.Synthetic.Identity;
using Registry.Etl.Synthetic.Randomness;

namespace Registry.Etl.Synthetic.Lbz;

internal sealed partial class CohortAdmissionBuilder
{
    /// <summary>An unresected colorectal patient: a stent placement or a diagnostic admission near diagnosis.</summary>
    private void AddDiagnostic(ref Rng rng, DcraCase c)
    {
        var day = c.PathologyDay + rng.Between(0, 20);
        var stent = c.Stage == 4 && c.Location != TumourLocation.Rectum && rng.Chance(0.3);
        var los = stent ? rng.Between(1, 3) : rng.Between(0, 4);
        if (day + los >= c.DeathDay)
        {
            return;
        }

        var a = New(c.Person, c.Hospital.Index, day, day + los, LbzKind.Cancer, null);
        a.Specialty = LbzCodes.Gastroenterology;
        a.Acute = stent;
        a.MainDiagnosis = LbzCodes.ColorectalIcd(c.Site);
        if (stent)
        {
            a.AddProcedure(LbzCodes.ColonicStent, day);
        }

        if (c.Stage == 4)
        {
            a.AddSecondary(LbzCodes.LiverMetastasis);
        }

        _admissions.Add(a);
    }

    /// <summary>Dying in hospital (when the death is not already an in-hospital death) and unrelated admissions while alive.</summary>
    private void AddDeathAndUnrelated(ref Rng rng, in Person person, int diagnosisDay, int death, bool diedInHospital, string cancerIcd)
    {
        if (!diedInHospital && death <= _window.LastDay && rng.Chance(_calibration.Lbz.DeathInHospital))
        {
            var los = rng.Between(1, 14);
            if (!Overlaps(death - los, death))
            {
                var hospital = _picker.Pick(ref rng, person.Region).Index;
                var a = New(person, hospital, death - los, death, LbzKind.Death, null);
                a.CareType = 0;
                a.Acute = true;
                a.Destination = 4;
                a.Specialty = LbzCodes.InternalMedicine;
                a.MainDiagnosis = rng.Chance(0.6) ? cancerIcd : rng.Pick<string>(["J189", "I500", "A419"]);
                _admissions.Add(a);
            }
        }

        var from = Math.Max(_window.FirstDay, diagnosisDay - 365);
        var to = Math.Min(_window.LastDay, death - 1);
        if (to <= from)
        {
            return;
        }

        var count = rng.Poisson(_calibration.Lbz.CohortAdmissionsPerYear * (to - from) / 365.25);
        for (var k = 0; k < count; k++)
        {
            var day = from + rng.Below(to - from);
            var a = new LbzAdmission { Version = 1, Kind = LbzKind.Unrelated };
            UnrelatedAdmissions.Fill(ref rng, ref a, person, day, (short)_picker.Pick(ref rng, person.Region).Index);
            if (a.DischargeDay >= death || Overlaps(a.AdmissionDay, a.DischargeDay))
            {
                continue;
            }

            _spans.Add((a.AdmissionDay, a.DischargeDay));
            a.Id = _ids.Cohort(_admissions.Count);
            _admissions.Add(a);
        }
    }
}
