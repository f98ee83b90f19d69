using Registry.Etl.Synthetic.Dcra;
using Registry.Etl.Synthetic.Dhba;
using Registry.Etl.Synthetic.Identity;
using Registry.Etl.Synthetic.Randomness;
using Registry.Etl.Synthetic.World;

namespace Registry.Etl.Synthetic.Lbz;

internal sealed partial class CohortAdmissionBuilder
{
    /// <summary>The admission of a colorectal resection, its complications flagged `:C`, plus readmission or transfer.</summary>
    private int AddColorectalIndex(ref Rng rng, DcraCase c)
    {
        var noise = _calibration.Noise;
        if (rng.Chance(noise.LbzMissingIndex))
        {
            return -1;
        }

        var related = c.Registered ? "dcra:" + SyntheticWorld.DcraKey(c) : null;
        var admissionDay = c.AdmissionDay;
        var dischargeDay = c.DischargeDay;
        if (rng.Chance(noise.LbzDateShift))
        {
            if (rng.Chance(0.5) || c.DiedInHospital)
            {
                admissionDay--;
            }
            else
            {
                dischargeDay++;
            }
        }

        var a = New(c.Person, c.Hospital.Index, admissionDay, dischargeDay, LbzKind.IndexDcra, related);
        a.CareType = 0;
        a.Acute = c.Urgency is 1 or 3;
        a.Origin = a.Acute && rng.Chance(0.03) ? (byte)2 : (byte)1;
        a.Destination = (byte)c.DischargeDestination;
        a.MainDiagnosis = LbzCodes.ColorectalIcd(c.Site);
        a.AddProcedure(LbzCodes.ColorectalProcedure(c.Procedure), c.OperationDay);
        if (c.Reintervention > 0)
        {
            var day = Math.Min(c.DischargeDay, c.OperationDay + rng.Between(2, 10));
            a.AddProcedure(c.Reintervention == 2 ? LbzCodes.Relaparotomy : LbzCodes.PercutaneousDrainage, day);
        }

        a.IcuDays = (byte)(c.Icu ? (c.ClavienDindo >= 5 ? rng.Between(3, 14) : rng.Between(1, 3)) : 0);
        if (c.Leak)
        {
            a.AddSecondary(LbzCodes.LeakComplication);
        }

        if (c.Leakage == 2)
        {
            a.AddSecondary(LbzCodes.AbscessComplication);
        }

        if (c.SevereOther)
        {
            a.AddSecondary(rng.Pick<string>([.. LbzCodes.SevereComplications]));
        }

        if (c.MinorComplication)
        {
            a.AddSecondary(rng.Pick<string>([.. LbzCodes.MinorComplications]));
        }

        if (c.Stage == 4)
        {
            a.AddSecondary(LbzCodes.LiverMetastasis);
        }

        UnrelatedAdmissions.AddComorbidities(ref rng, ref a, c.AgeAtOperation);
        _admissions.Add(a);
        var index = _admissions.Count - 1;
        if (c.DischargeDestination == 2)
        {
            AddTransfer(ref rng, c.Person, c.Hospital.Index, dischargeDay, c.DeathDay, related, a.MainDiagnosis);
        }

        if (c.Readmitted)
        {
            AddReadmission(ref rng, c.Person, c.Hospital.Index, c.ReadmissionDay, c.DeathDay, related, c.Leak);
        }

        return index;
    }

    private void AddTransfer(ref Rng rng, in Person person, int fromHospital, int day, int death, string? related, string diagnosis)
    {
        var hospital = _picker.Pick(ref rng, person.Region).Index;
        var end = Math.Min(day + rng.Between(2, 10), death - 1);
        if (hospital == fromHospital || end <= day)
        {
            return;
        }

        var t = New(person, hospital, day, end, LbzKind.Transfer, related);
        t.Origin = 2;
        t.Acute = true;
        t.MainDiagnosis = diagnosis;
        _admissions.Add(t);
    }

    private void AddReadmission(ref Rng rng, in Person person, int hospital, int day, int death, string? related, bool leak)
    {
        var at = rng.Chance(0.85) ? hospital : _picker.Pick(ref rng, person.Region).Index;
        var end = Math.Min(day + rng.Between(1, 8), death - 1);
        if (end < day || Overlaps(day, end))
        {
            return;
        }

        var r = New(person, at, day, end, LbzKind.Readmission, related);
        r.CareType = 0;
        r.Acute = true;
        r.MainDiagnosis = leak && rng.Chance(0.6) ? "K918" : rng.Pick<string>([.. LbzCodes.ReadmissionDiagnoses]);
        _admissions.Add(r);
    }

    /// <summary>A liver resection in the colorectal operation: the same admission carries both.</summary>
    private void AddSimultaneous(int index, DhbaCase d)
    {
        if (index < 0)
        {
            return;
        }

        var a = _admissions[index];
        a.AddProcedure(d.ResectionExtent == 2 ? LbzCodes.LiverResectionMajor : LbzCodes.LiverResectionMinor, d.ProcedureDay);
        a.Related = a.Related is null ? "dhba:" + SyntheticWorld.DhbaKey(d) : a.Related + ";dhba:" + SyntheticWorld.DhbaKey(d);
        _admissions[index] = a;
    }

    private void AddLiverIndex(ref Rng rng, DhbaCase d)
    {
        if (rng.Chance(_calibration.Noise.LbzMissingIndex))
        {
            return;
        }

        var related = "dhba:" + SyntheticWorld.DhbaKey(d);
        var a = New(d.Person, d.Hospital.Index, d.AdmissionDay, d.DischargeDay, LbzKind.IndexDhba, related);
        a.Specialty = d.Approach == 4 ? LbzCodes.Gastroenterology : LbzCodes.Surgery;
        a.Destination = (byte)d.DischargeDestination;
        a.MainDiagnosis = d.Diagnosis switch { 3 => d.Topography, 4 => "D134", _ => LbzCodes.LiverMetastasis };
        if (d.Diagnosis == 1)
        {
            a.AddSecondary(d.Colorectal is { } c ? LbzCodes.ColorectalIcd(c.Site) : "C189");
        }

        switch (d.ProcedureType)
        {
            case 2:
                a.AddProcedure(LbzCodes.LiverAblation, d.ProcedureDay);
                break;
            case 4:
                a.AddProcedure(LbzCodes.LiverExploration, d.ProcedureDay);
                break;
            default:
                a.AddProcedure(d.ResectionExtent == 2 ? LbzCodes.LiverResectionMajor : LbzCodes.LiverResectionMinor, d.ProcedureDay);
                if (d.ProcedureType == 3)
                {
                    a.AddProcedure(LbzCodes.LiverAblation, d.ProcedureDay);
                }

                break;
        }

        if (d.Reintervention > 0)
        {
            a.AddProcedure(d.Reintervention == 2 ? LbzCodes.Relaparotomy : LbzCodes.PercutaneousDrainage, Math.Min(d.DischargeDay, d.ProcedureDay + rng.Between(2, 8)));
        }

        if (d.MajorMorbidity)
        {
            a.AddSecondary(rng.Pick<string>(["K918:C", "T814:C", "J189:C", "K720:C"]));
        }

        a.IcuDays = (byte)d.IcuDays;
        UnrelatedAdmissions.AddComorbidities(ref rng, ref a, d.Age);
        _admissions.Add(a);
        if (d.Readmitted)
        {
            AddReadmission(ref rng, d.Person, d.Hospital.Index, d.ReadmissionDay, d.DeathDay, related, false);
        }
    }
}
