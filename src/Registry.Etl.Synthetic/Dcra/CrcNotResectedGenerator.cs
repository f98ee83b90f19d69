using Registry.Etl.Synthetic.Calibration;
using Registry.Etl.Synthetic.Identity;
using Registry.Etl.Synthetic.Randomness;
using Registry.Etl.Synthetic.World;

namespace Registry.Etl.Synthetic.Dcra;

/// <summary>
/// Colorectal cancer patients who are not resected (advanced stage, frailty): they appear in NKR and LBZ
/// only, and make the NKR colorectal population larger than DCRA, as in reality.
/// </summary>
internal sealed class CrcNotResectedGenerator
{
    private static readonly double[] StageWeights = [0.08, 0.12, 0.15, 0.65];

    private readonly ulong _seed;
    private readonly SyntheticCalibration _calibration;
    private readonly TimeWindow _window;
    private readonly Hospital[] _hospitals;
    private readonly PersonFactory _persons;
    private readonly CohortIds _ids;

    public CrcNotResectedGenerator(ulong seed, SyntheticCalibration calibration, TimeWindow window, Hospital[] hospitals, PersonFactory persons, CohortIds ids)
    {
        _seed = seed;
        _calibration = calibration;
        _window = window;
        _hospitals = hospitals;
        _persons = persons;
        _ids = ids;
    }

    public void AppendTo(List<DcraCase> cases)
    {
        var dcra = _calibration.Dcra;
        var perYear = _calibration.Volumes.DcraPerYear / (1 - dcra.NotRegistered) * dcra.NotResectedPerResected;
        var weights = _hospitals.Select(h => h.DcraWeight).ToArray();
        for (var year = _window.FirstYear; year <= _window.LastYear; year++)
        {
            var volume = Rng.For(_seed, StreamId.CrcNonResected, year);
            var n = volume.Poisson(perYear);
            var first = TimeWindow.Day(year, 1, 1);
            var days = TimeWindow.Day(year + 1, 1, 1) - first;
            for (var i = 0; i < n; i++)
            {
                var rng = Rng.For(_seed, StreamId.CrcNonResected, year, i + 1);
                var hospital = _hospitals[rng.Pick(weights)];
                var day = first + rng.Below(days);
                var age = (int)Math.Round(Math.Clamp(rng.Normal(76, 10), 30, 99));
                var person = _persons.Create(ref rng, _ids.Next(), age, day, rng.Chance(0.55) ? (byte)1 : (byte)2, PersonFactory.NearRegion(ref rng, hospital.Region));
                var c = new DcraCase
                {
                    Index = cases.Count,
                    Person = person,
                    Hospital = hospital,
                    DiagnosisHospital = hospital,
                    Resected = false,
                    Registered = false,
                    AgeAtOperation = person.AgeOn(day),
                    PathologyDay = day,
                    OperationDay = day,
                    AdmissionDay = day,
                    DischargeDay = day,
                    Stage = rng.Pick(StageWeights) + 1,
                };
                var rectum = rng.Chance(0.3);
                c.Site = rectum ? (rng.Chance(0.25) ? "C199" : "C209") : rng.Pick<string>(["C180", "C182", "C184", "C186", "C187", "C187", "C189"]);
                c.Location = DcraCaseGenerator.LocationOf(c.Site);
                (c.CT, c.CN, c.CM) = DcraCaseGenerator.Tnm(ref rng, c.Stage, year);
                c.Grade = rng.Chance(0.2) ? 9 : rng.Between(1, 3);
                cases.Add(c);
            }
        }
    }
}
