using Registry.Etl.Synthetic.Calibration;
using Registry.Etl.Synthetic.Randomness;
using Registry.Etl.Synthetic.World;

namespace Registry.Etl.Synthetic.Lbz;

/// <summary>
/// Admissions of the unrelated population for one discharge month, as episodes: a first admission
/// discharged in the episode's month, sometimes a readmission within 30 days that may fall in one of
/// the next two months. Each episode has its own random stream whose first draws fix its dates, so a
/// later month finds the readmissions that spill into it by drawing only those dates.
/// </summary>
internal sealed class BackgroundAdmissions
{
    private static readonly string[] DeathDiagnoses = ["J189", "I500", "I639", "A419", "J441", "N179", "I219"];

    private readonly ulong _seed;
    private readonly LbzCalibration _lbz;
    private readonly TimeWindow _window;
    private readonly BackgroundPopulation _population;
    private readonly HospitalPicker _picker;
    private readonly AdmissionIds _ids;
    private readonly int[] _episodes;

    public BackgroundAdmissions(SyntheticWorld world)
    {
        _seed = world.Seed;
        _lbz = world.Calibration.Lbz;
        _window = world.Window;
        _population = world.Background;
        _picker = new HospitalPicker(world.Hospitals);
        _ids = world.AdmissionIds;
        _episodes = world.BackgroundEpisodes;
    }

    public void AddMonth(int month, List<LbzAdmission> into)
    {
        AddDeaths(month, into);
        for (var e = 0; e < _episodes[month]; e++)
        {
            Episode(month, e, out var first, out var readmission, out var readmitted);
            into.Add(first);
            if (readmitted && _window.MonthIndex(readmission.DischargeDay) == month)
            {
                into.Add(readmission);
            }
        }

        for (var earlier = Math.Max(0, month - 2); earlier < month; earlier++)
        {
            for (var e = 0; e < _episodes[earlier]; e++)
            {
                if (ReadmissionMonth(earlier, e) != month)
                {
                    continue;
                }

                Episode(earlier, e, out _, out var readmission, out var readmitted);
                if (readmitted)
                {
                    into.Add(readmission);
                }
            }
        }
    }

    /// <summary>First admissions of the previous month chosen for a corrected re-delivery in this month.</summary>
    public void AddCorrections(int month, Func<long, bool> corrected, List<LbzAdmission> into)
    {
        if (month == 0)
        {
            return;
        }

        for (var e = 0; e < _episodes[month - 1]; e++)
        {
            if (corrected(_ids.Background(month - 1, e, 0)))
            {
                Episode(month - 1, e, out var first, out _, out _);
                first.Version = 2;
                into.Add(first);
            }
        }
    }

    /// <summary>The month a readmission of this episode is discharged in, or -1: the episode's first draws only.</summary>
    private int ReadmissionMonth(int month, int episode)
    {
        var rng = Rng.For(_seed, StreamId.LbzBackground, month, episode);
        var (discharge, readmit, gap, los) = Dates(ref rng, month);
        return readmit ? _window.MonthIndex(discharge + gap + los) : -1;
    }

    private (int Discharge, bool Readmit, int Gap, int Los) Dates(ref Rng rng, int month)
    {
        var discharge = _window.MonthStart(month) + rng.Below(_window.MonthDays(month));
        var readmit = rng.Chance(_lbz.Readmission);
        var gap = rng.Between(1, 30);
        var los = 1 + rng.Below(8);
        return (discharge, readmit, gap, los);
    }

    private void Episode(int month, int episode, out LbzAdmission first, out LbzAdmission readmission, out bool readmitted)
    {
        var rng = Rng.For(_seed, StreamId.LbzBackground, month, episode);
        var (discharge, readmit, gap, los) = Dates(ref rng, month);
        var j = -1L;
        for (var attempt = 0; attempt < 5 && j < 0; attempt++)
        {
            var candidate = _population.Draw(month, rng.NextDouble(), rng.NextDouble());
            j = _population.DeathDay(candidate) > discharge ? candidate : -1;
        }

        if (j < 0)
        {
            j = _population.DrawSurvivor(rng.NextDouble());
        }

        var person = _population.Person(j);
        var hospital = (short)_picker.Pick(ref rng, person.Region).Index;
        first = new LbzAdmission { Id = _ids.Background(month, episode, 0), Kind = LbzKind.Background, Version = 1 };
        UnrelatedAdmissions.Fill(ref rng, ref first, person, discharge, hospital);
        ShiftToDischarge(ref first, discharge);
        readmission = default;
        readmitted = readmit && discharge + gap + los < _population.DeathDay(j);
        if (!readmitted)
        {
            return;
        }

        var at = rng.Chance(0.8) ? hospital : (short)_picker.Pick(ref rng, person.Region).Index;
        readmission = new LbzAdmission { Id = _ids.Background(month, episode, 1), Kind = LbzKind.BackgroundReadmission, Version = 1 };
        UnrelatedAdmissions.Fill(ref rng, ref readmission, person, discharge + gap, at);
        readmission.CareType = 0;
        readmission.Acute = true;
        readmission.DischargeDay = readmission.AdmissionDay + los;
        for (var i = 0; i < readmission.ProcedureCount; i++)
        {
            readmission.ProcedureDays[i] = Math.Min(readmission.ProcedureDays[i], readmission.DischargeDay);
        }
    }

    /// <summary>Moves an admission so it ends on the given day, keeping its length of stay.</summary>
    private static void ShiftToDischarge(ref LbzAdmission a, int discharge)
    {
        var shift = discharge - a.DischargeDay;
        a.AdmissionDay += shift;
        a.DischargeDay = discharge;
        for (var i = 0; i < a.ProcedureCount; i++)
        {
            a.ProcedureDays[i] += shift;
        }
    }

    /// <summary>The dying persons of this month who die in hospital: an admission ending on the day of death.</summary>
    private void AddDeaths(int month, List<LbzAdmission> into)
    {
        var end = month + 1 < _window.Months ? _population.FirstAlive(month + 1) : _population.Dying;
        for (var j = _population.FirstAlive(month); j < end; j++)
        {
            if (!_population.DiesInHospital(j, _lbz.DeathInHospital))
            {
                continue;
            }

            var rng = Rng.For(_seed, StreamId.LbzBackground, month, -1 - j);
            var person = _population.Person(j);
            var death = _population.DeathDay(j);
            var los = rng.Between(1, 14);
            var a = new LbzAdmission
            {
                Person = person,
                Id = _ids.BackgroundDeath(month, j),
                Hospital = (short)_picker.Pick(ref rng, person.Region).Index,
                AdmissionDay = death - los,
                DischargeDay = death,
                CareType = 0,
                Acute = true,
                Origin = (byte)(rng.Chance(0.85) ? 1 : 3),
                Destination = 4,
                Kind = LbzKind.BackgroundDeath,
                Version = 1,
                Specialty = LbzCodes.InternalMedicine,
                MainDiagnosis = DeathDiagnoses[rng.Below(DeathDiagnoses.Length)],
                IcuDays = (byte)(rng.Chance(0.2) ? rng.Between(1, 5) : 0),
            };
            UnrelatedAdmissions.AddComorbidities(ref rng, ref a, person.AgeOn(death));
            into.Add(a);
        }
    }
}
