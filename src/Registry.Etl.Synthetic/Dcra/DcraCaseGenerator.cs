using Registry.Etl.Synthetic.Calibration;
using Registry.Etl.Synthetic.Identity;
using Registry.Etl.Synthetic.Randomness;
using Registry.Etl.Synthetic.World;

namespace Registry.Etl.Synthetic.Dcra;

/// <summary>
/// Draws the resected colorectal cancer patients: per year and hospital a Poisson volume, then each
/// patient's case-mix (domain.md 2.3), tumour, treatment and dates. Case-mix-only hospitals draw from an
/// older, frailer and more urgent distribution. Outcomes are drawn later, once intercepts are calibrated.
/// </summary>
internal sealed partial class DcraCaseGenerator
{
    private readonly ulong _seed;
    private readonly DcraCalibration _dcra;
    private readonly VolumeCalibration _volumes;
    private readonly TimeWindow _window;
    private readonly Hospital[] _hospitals;
    private readonly PersonFactory _persons;
    private readonly CohortIds _ids;
    private readonly double _weightTotal;

    public DcraCaseGenerator(ulong seed, SyntheticCalibration calibration, TimeWindow window, Hospital[] hospitals, PersonFactory persons, CohortIds ids)
    {
        _seed = seed;
        _dcra = calibration.Dcra;
        _volumes = calibration.Volumes;
        _window = window;
        _hospitals = hospitals;
        _persons = persons;
        _ids = ids;
        _weightTotal = hospitals.Sum(h => h.DcraWeight);
    }

    /// <summary>All resected patients (registered or not), ordered by year, hospital and draw.</summary>
    public List<DcraCase> Generate()
    {
        var cases = new List<DcraCase>();
        var perYear = _volumes.DcraPerYear / (1 - _dcra.NotRegistered);
        for (var year = _window.FirstYear; year <= _window.LastYear; year++)
        {
            foreach (var hospital in _hospitals)
            {
                var volumeRng = Rng.For(_seed, StreamId.DcraCases, year, hospital.Index);
                var n = volumeRng.Poisson(perYear * hospital.DcraWeight / _weightTotal);
                for (var i = 0; i < n; i++)
                {
                    var rng = Rng.For(_seed, StreamId.DcraCases, year, hospital.Index, i + 1);
                    cases.Add(Create(ref rng, cases.Count, hospital, year));
                }
            }
        }

        return cases;
    }

    private DcraCase Create(ref Rng rng, int index, Hospital hospital, int year)
    {
        var shift = hospital.CaseMixOnly;
        var operationDay = SeasonalDay(ref rng, year);
        var u = rng.NextDouble();
        var location = u < _dcra.ColonShare ? 0 : u < _dcra.ColonShare + _dcra.RectumShare ? 1 : 2;
        var male = rng.Chance(location == 1 ? 0.62 : 0.55);
        var age = (int)Math.Round(Math.Clamp(rng.Normal(70 + (shift ? _dcra.CaseMixAgeShift : 0), 10), 25, 97));
        var region = PersonFactory.NearRegion(ref rng, hospital.Region);
        var person = _persons.Create(ref rng, _ids.Next(), age, operationDay, male ? (byte)1 : (byte)2, region);
        var c = new DcraCase
        {
            Index = index,
            Person = person,
            Hospital = hospital,
            DiagnosisHospital = hospital,
            Resected = true,
            Registered = !rng.Chance(_dcra.NotRegistered),
            AgeAtOperation = person.AgeOn(operationDay),
            OperationDay = operationDay,
        };
        DrawSite(ref rng, c, location);
        DrawBody(ref rng, c, shift);
        DrawStage(ref rng, c, year);
        DrawUrgency(ref rng, c, shift);
        DrawTreatment(ref rng, c, year);
        DrawDates(ref rng, c);
        DrawPathology(ref rng, c);
        if (rng.Chance(c.Location == TumourLocation.Rectum ? _dcra.Referred * 1.6 : _dcra.Referred))
        {
            c.Referred = true;
            c.DiagnosisHospital = OtherHospital(ref rng, hospital);
        }

        return c;
    }

    /// <summary>A day in the year, with fewer operations in the summer holidays and December.</summary>
    private static int SeasonalDay(ref Rng rng, int year)
    {
        var first = TimeWindow.Day(year, 1, 1);
        var days = TimeWindow.Day(year + 1, 1, 1) - first;
        while (true)
        {
            var day = first + rng.Below(days);
            var month = DateOnly.FromDayNumber(day).Month;
            var weight = month is 7 or 8 ? 0.8 : month == 12 ? 0.85 : 1.0;
            if (rng.NextDouble() < weight)
            {
                return day;
            }
        }
    }

    private Hospital OtherHospital(ref Rng rng, Hospital hospital)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var candidate = _hospitals[rng.Below(_hospitals.Length)];
            if (candidate != hospital && (candidate.Region == hospital.Region || attempt > 20))
            {
                return candidate;
            }
        }

        return _hospitals[(hospital.Index + 1) % _hospitals.Length];
    }
}
