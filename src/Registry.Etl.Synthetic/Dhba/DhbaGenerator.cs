using Registry.Etl.Synthetic.Calibration;
using Registry.Etl.Synthetic.Dcra;
using Registry.Etl.Synthetic.Identity;
using Registry.Etl.Synthetic.Randomness;
using Registry.Etl.Synthetic.World;

namespace Registry.Etl.Synthetic.Dhba;

/// <summary>
/// The liver procedures: CRLM procedures of colorectal patients of the cohort (synchronous or after a
/// distant recurrence), topped up per year with CRLM patients whose primary predates the window, plus the
/// other diagnosis groups; then repeat procedures. Volumes follow <see cref="VolumeCalibration.DhbaPerYear"/>.
/// </summary>
internal sealed partial class DhbaGenerator
{
    private readonly ulong _seed;
    private readonly SyntheticCalibration _calibration;
    private readonly DhbaCalibration _dhba;
    private readonly TimeWindow _window;
    private readonly Hospital[] _centres;
    private readonly PersonFactory _persons;
    private readonly CohortIds _ids;

    public DhbaGenerator(ulong seed, SyntheticCalibration calibration, TimeWindow window, Hospital[] hospitals, PersonFactory persons, CohortIds ids)
    {
        _seed = seed;
        _calibration = calibration;
        _dhba = calibration.Dhba;
        _window = window;
        _centres = hospitals.Where(h => h.LiverCentre).ToArray();
        _persons = persons;
        _ids = ids;
        Model = new DhbaOutcomeModel(seed, calibration.Dhba);
    }

    public List<DhbaCase> Generate(List<DcraCase> colorectal)
    {
        var cases = new List<DhbaCase>();
        var fromCohort = new int[_window.Years];
        foreach (var c in colorectal)
        {
            if (c.LiverTreatmentDay < _window.FirstDay || c.LiverTreatmentDay > _window.LastDay)
            {
                continue;
            }

            var rng = Rng.For(_seed, StreamId.DhbaCases, c.Person.Id);
            var d = FromColorectal(ref rng, c);
            if (d.ProcedureDay <= _window.LastDay)
            {
                // A liver procedure pushed past the window by the colorectal course is not in the data.
                cases.Add(d);
                fromCohort[TimeWindow.YearOf(d.ProcedureDay) - _window.FirstYear]++;
            }
        }

        var perYear = _calibration.Volumes.DhbaPerYear / (1 + _dhba.Repeat);
        for (var year = _window.FirstYear; year <= _window.LastYear; year++)
        {
            for (var group = 1; group <= 4; group++)
            {
                var volume = Rng.For(_seed, StreamId.DhbaCases, year, group);
                var n = volume.Poisson(perYear * _dhba.DiagnosisShares[group - 1]);
                if (group == 1)
                {
                    n = Math.Max(0, n - fromCohort[year - _window.FirstYear]);
                }

                for (var i = 0; i < n; i++)
                {
                    var rng = Rng.For(_seed, StreamId.DhbaCases, year, group, i + 1);
                    cases.Add(NewPatient(ref rng, year, group));
                }
            }
        }

        AddRepeats(cases);
        cases.Sort((a, b) => a.ProcedureDay != b.ProcedureDay ? a.ProcedureDay.CompareTo(b.ProcedureDay) : a.Person.Id.CompareTo(b.Person.Id));
        Reindex(cases);
        Model.DecideCombined(cases);
        foreach (var d in cases)
        {
            var rng = Rng.For(_seed, StreamId.DhbaCases, d.Person.Id, d.ProcedureDay, 7);
            DrawApproach(ref rng, d);
            DrawLesions(ref rng, d);
        }

        Model.DrawShortTerm(cases);
        foreach (var d in cases)
        {
            Model.DrawCourse(d);
        }

        cases = ResolveDeaths(cases);
        Model.DrawReadmissions(cases);
        foreach (var d in cases)
        {
            Model.DrawFollowUp(d);
        }

        return cases;
    }

    public DhbaOutcomeModel Model { get; private set; } = null!;

    /// <summary>
    /// One death day per person: a postoperative death ends the person (later procedures of the same
    /// person are dropped); otherwise the latest of the constraints of all their procedures holds. The
    /// colorectal course learns the result.
    /// </summary>
    private static List<DhbaCase> ResolveDeaths(List<DhbaCase> cases)
    {
        var kept = new List<DhbaCase>(cases.Count);
        var byPerson = new Dictionary<long, List<DhbaCase>>();
        foreach (var d in cases)
        {
            if (!byPerson.TryGetValue(d.Person.Id, out var list))
            {
                list = [];
                byPerson.Add(d.Person.Id, list);
            }
            else if (list.Exists(e => e.PostoperativeDeath))
            {
                continue;
            }

            list.Add(d);
            kept.Add(d);
        }

        foreach (var d in kept)
        {
            var list = byPerson[d.Person.Id];
            var postoperative = list.Find(e => e.PostoperativeDeath);
            var final = postoperative?.DeathDay ?? Math.Max(list.Max(e => e.DeathDay), d.Colorectal?.DeathDay ?? 0);
            d.DeathDay = final;
            if (d.Colorectal is { } c)
            {
                c.DeathDay = final;
            }
        }

        Reindex(kept);
        return kept;
    }

    private static void Reindex(List<DhbaCase> cases)
    {
        for (var i = 0; i < cases.Count; i++)
        {
            cases[i].Index = i;
        }
    }

    private DhbaCase FromColorectal(ref Rng rng, DcraCase c)
    {
        var simultaneous = c.LiverTreatmentDay == c.OperationDay;
        var hospital = simultaneous && c.Hospital.LiverCentre ? c.Hospital : Centre(ref rng, c.Person.Region);
        if (simultaneous && !c.Hospital.LiverCentre)
        {
            simultaneous = false;
        }

        var day = simultaneous
            ? c.OperationDay
            : Math.Max(c.LiverTreatmentDay, Math.Max(c.DischargeDay + 14, c.Readmitted ? c.ReadmissionDay + 10 : 0));
        var d = new DhbaCase
        {
            Index = 0,
            Person = c.Person,
            Hospital = hospital,
            Colorectal = c,
            Simultaneous = simultaneous,
            ProcedureDay = day,
            Diagnosis = 1,
            Synchronous = c.Stage == 4,
        };
        DrawPatient(ref rng, d, c.Asa, c.Charlson, c.HeightCm, c.WeightKg);
        return d;
    }

    private DhbaCase NewPatient(ref Rng rng, int year, int group)
    {
        var first = TimeWindow.Day(year, 1, 1);
        var day = first + rng.Below(TimeWindow.Day(year + 1, 1, 1) - first);
        var (mean, sd, male) = group switch { 1 => (64.0, 11.0, 0.6), 2 => (58.0, 12.0, 0.4), 3 => (66.0, 10.0, 0.65), _ => (48.0, 14.0, 0.3) };
        var age = (int)Math.Round(Math.Clamp(rng.Normal(mean, sd), 18, 92));
        var hospital = _centres[rng.Pick(_centres.Select(h => h.DhbaWeight).ToArray())];
        var person = _persons.Create(ref rng, _ids.Next(), age, day, rng.Chance(male) ? (byte)1 : (byte)2, PersonFactory.NearRegion(ref rng, hospital.Region));
        var d = new DhbaCase
        {
            Index = 0,
            Person = person,
            Hospital = hospital,
            ProcedureDay = day,
            Diagnosis = group,
            Synchronous = group == 1 && rng.Chance(0.3),
        };
        var frailty = rng.Normal() + 0.03 * (age - 64);
        var heightMale = person.Sex == 1;
        var height = (int)Math.Round(Math.Clamp(rng.Normal(heightMale ? 179 : 166, 7), 145, 205));
        var weight = Math.Max(32, Math.Round(Math.Clamp(rng.LogNormal(26, 0.15), 16, 48) * height * height / 10_000.0, 1));
        DrawPatient(ref rng, d, frailty < -1.0 ? 1 : frailty < 0.5 ? 2 : frailty < 1.9 ? 3 : 4, frailty < 0.1 ? 0 : frailty < 1.0 ? 1 : 2, height, weight);
        return d;
    }

    /// <summary>A liver centre near the patient: volume-weighted, three times as likely in the own region.</summary>
    private Hospital Centre(ref Rng rng, int region)
    {
        Span<double> weights = stackalloc double[_centres.Length];
        for (var i = 0; i < _centres.Length; i++)
        {
            weights[i] = _centres[i].DhbaWeight * (_centres[i].Region == region ? 3 : 1);
        }

        return _centres[rng.Pick(weights)];
    }
}
