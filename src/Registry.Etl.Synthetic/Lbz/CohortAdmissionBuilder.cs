using Registry.Etl.Synthetic.Calibration;
using Registry.Etl.Synthetic.Dcra;
using Registry.Etl.Synthetic.Dhba;
using Registry.Etl.Synthetic.Identity;
using Registry.Etl.Synthetic.Randomness;
using Registry.Etl.Synthetic.World;

namespace Registry.Etl.Synthetic.Lbz;

/// <summary>
/// The LBZ admissions of the colorectal and liver patients: index admissions matching the audit records
/// (sometimes a day off, sometimes missing), readmissions, transfers, diagnostic admissions of unresected
/// patients, unrelated admissions while alive, and dying in hospital. No admission overlaps another of the
/// same person or follows their death.
/// </summary>
internal sealed partial class CohortAdmissionBuilder
{
    private readonly ulong _seed;
    private readonly SyntheticCalibration _calibration;
    private readonly TimeWindow _window;
    private readonly HospitalPicker _picker;
    private readonly AdmissionIds _ids;
    private readonly List<LbzAdmission> _admissions = [];
    private readonly List<(int Start, int End)> _spans = [];

    public CohortAdmissionBuilder(ulong seed, SyntheticCalibration calibration, TimeWindow window, Hospital[] hospitals, AdmissionIds ids)
    {
        _seed = seed;
        _calibration = calibration;
        _window = window;
        _picker = new HospitalPicker(hospitals);
        _ids = ids;
    }

    public List<LbzAdmission> Build(List<DcraCase> colorectal, List<DhbaCase> liver)
    {
        var liverByPerson = new Dictionary<long, List<DhbaCase>>();
        foreach (var d in liver)
        {
            if (!liverByPerson.TryGetValue(d.Person.Id, out var list))
            {
                list = [];
                liverByPerson.Add(d.Person.Id, list);
            }

            list.Add(d);
        }

        foreach (var c in colorectal)
        {
            _spans.Clear();
            var rng = Rng.For(_seed, StreamId.LbzCohort, c.Person.Id);
            var index = -1;
            if (c.Resected)
            {
                index = AddColorectalIndex(ref rng, c);
            }
            else if (rng.Chance(0.4))
            {
                AddDiagnostic(ref rng, c);
            }

            var procedures = liverByPerson.GetValueOrDefault(c.Person.Id);
            foreach (var d in procedures ?? [])
            {
                if (d.Simultaneous)
                {
                    AddSimultaneous(index, d);
                }
                else
                {
                    AddLiverIndex(ref rng, d);
                }
            }

            var diedInHospital = c.DiedInHospital || (procedures?.Exists(d => d.DiedInHospital) ?? false);
            AddDeathAndUnrelated(ref rng, c.Person, c.PathologyDay, c.DeathDay, diedInHospital, LbzCodes.ColorectalIcd(c.Site));
        }

        foreach (var d in liver)
        {
            if (d.Colorectal is not null || d.Previous is not null)
            {
                continue;
            }

            _spans.Clear();
            var rng = Rng.For(_seed, StreamId.LbzCohort, d.Person.Id);
            var chain = liverByPerson[d.Person.Id];
            foreach (var procedure in chain)
            {
                AddLiverIndex(ref rng, procedure);
            }

            var icd = d.Diagnosis switch { 3 => d.Topography, 4 => "D134", _ => LbzCodes.LiverMetastasis };
            AddDeathAndUnrelated(ref rng, d.Person, d.ProcedureDay, d.DeathDay, chain.Exists(p => p.DiedInHospital), icd);
        }

        return _admissions;
    }

    private LbzAdmission New(in Person person, int hospital, int admissionDay, int dischargeDay, LbzKind kind, string? related)
    {
        _spans.Add((admissionDay, dischargeDay));
        return new LbzAdmission
        {
            Person = person,
            Id = _ids.Cohort(_admissions.Count),
            Hospital = (short)hospital,
            AdmissionDay = admissionDay,
            DischargeDay = dischargeDay,
            CareType = dischargeDay == admissionDay ? (byte)1 : (byte)0,
            Origin = 1,
            Destination = 1,
            Kind = kind,
            Version = 1,
            Specialty = LbzCodes.Surgery,
            MainDiagnosis = "",
            Related = related,
        };
    }

    private bool Overlaps(int start, int end)
    {
        foreach (var (s, e) in _spans)
        {
            if (start <= e + 1 && end >= s - 1)
            {
                return true;
            }
        }

        return false;
    }
}
