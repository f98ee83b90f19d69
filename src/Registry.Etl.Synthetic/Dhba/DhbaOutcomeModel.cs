using Registry.Etl.Synthetic.Calibration;
using Registry.Etl.Synthetic.Randomness;

namespace Registry.Etl.Synthetic.Dhba;

/// <summary>
/// Planted DHBA outcomes: the combined resection + ablation choice (hospital-dependent), major morbidity
/// (Clavien-Dindo >= IIIa) and 30-day/in-hospital mortality by procedure group (minor, major, ablation;
/// domain.md 3.1 [S34]), readmission, margins and local tumour progression after ablation. Intercepts
/// are calibrated on the realised procedures as in DCRA.
/// </summary>
internal sealed partial class DhbaOutcomeModel
{
    /// <summary>Log-odds ratio of death after a major complication.</summary>
    public const double DeathAfterMorbidity = 2.0;

    private readonly ulong _seed;
    private readonly DhbaCalibration _dhba;

    public DhbaOutcomeModel(ulong seed, DhbaCalibration dhba)
    {
        _seed = seed;
        _dhba = dhba;
    }

    public double CombinedIntercept { get; private set; }

    public double[] MorbidityIntercepts { get; } = new double[3];

    public double[] MortalityIntercepts { get; } = new double[3];

    public double ReadmissionIntercept { get; private set; }

    public static double MorbidityPredictor(DhbaCase d)
    {
        var lp = d.Age >= 70 ? 0.3 : 0;
        lp += d.Asa >= 3 ? 0.4 : 0;
        lp += d.Person.Sex == 1 ? 0.2 : 0;
        lp += d.LesionCount >= 4 ? 0.3 : 0;
        lp += d.Approach == 1 ? 0.3 : 0;
        lp += d.Charlson >= 2 ? 0.2 : 0;
        lp += d.Diagnosis == 3 ? 0.3 : 0;
        return lp;
    }

    public static double MortalityPredictor(DhbaCase d)
    {
        var lp = d.Age >= 70 ? 0.6 : 0;
        lp += d.Asa >= 3 ? 0.6 : 0;
        lp += d.Diagnosis == 3 ? 0.4 : 0;
        return lp;
    }

    public void DecideCombined(List<DhbaCase> cases)
    {
        var crlm = cases.Count(d => d.Diagnosis == 1);
        var eligible = cases.Where(d => d.Diagnosis == 1 && d.ProcedureType == 1 && !d.Simultaneous).ToArray();
        var target = Math.Min(0.95, _dhba.CombinedShare * crlm / Math.Max(1, eligible.Length));
        CombinedIntercept = Logistic.CalibrateIntercept(eligible.Select(d => d.Hospital.CombinedEffect).ToArray(), target);
        foreach (var d in cases.Where(d => d.ProcedureType == 1 && !d.Simultaneous))
        {
            var rng = Rng.For(_seed, StreamId.DhbaOutcomes, d.Person.Id, d.ProcedureDay, 1);
            var p = d.Diagnosis switch
            {
                1 => Logistic.Sigmoid(CombinedIntercept + d.Hospital.CombinedEffect),
                2 => 0.10,
                3 => 0.15,
                _ => 0,
            };
            if (rng.Chance(p))
            {
                d.ProcedureType = 3;
            }
        }
    }
}
