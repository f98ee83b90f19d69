using Registry.Etl.Synthetic.Calibration;
using Registry.Etl.Synthetic.Randomness;

namespace Registry.Etl.Synthetic.Dcra;

/// <summary>
/// Draws the short-term outcomes of every resected patient from logistic models whose intercepts are
/// calibrated on the realised case-mix and hospital effects (so the configured rates hold in expectation):
/// leakage, other severe and minor complications, 30-day/in-hospital death (marginalised over the
/// complications for its calibration and its planted risk), readmission and CRM.
/// </summary>
internal sealed partial class DcraOutcomeModel
{
    private readonly ulong _seed;
    private readonly DcraCalibration _dcra;

    public DcraOutcomeModel(ulong seed, DcraCalibration dcra)
    {
        _seed = seed;
        _dcra = dcra;
    }

    /// <summary>Calibrated intercepts, written to the truth.</summary>
    public DcraIntercepts Intercepts { get; } = new();

    public void Apply(List<DcraCase> cases)
    {
        var leakRisk = new double[cases.Count];
        var leakRiskCaseMix = new double[cases.Count];
        for (var group = 0; group < 3; group++)
        {
            var members = cases.Where(c => DcraRiskModel.LeakGroup(c) == group).ToArray();
            var target = group switch { 0 => _dcra.LeakColon, 1 => _dcra.LeakLarPrimary, _ => _dcra.LeakLarDiverted };
            var alpha = Logistic.CalibrateIntercept(members.Select(c => DcraRiskModel.Leak(c) + c.Hospital.LeakEffect).ToArray(), target);
            Intercepts.Leak[group] = alpha;
            foreach (var c in members)
            {
                leakRisk[c.Index] = Logistic.Sigmoid(alpha + DcraRiskModel.Leak(c) + c.Hospital.LeakEffect);
                leakRiskCaseMix[c.Index] = Logistic.Sigmoid(alpha + DcraRiskModel.Leak(c));
            }
        }

        var severeAlpha = Logistic.CalibrateIntercept(cases.Select(c => DcraRiskModel.Severe(c) + c.Hospital.ComplicationEffect).ToArray(), _dcra.SevereOther);
        Intercepts.Severe = severeAlpha;
        foreach (var c in cases)
        {
            var rng = Rng.For(_seed, StreamId.DcraOutcomes, c.Index);
            c.LeakRiskTrue = leakRisk[c.Index];
            c.LeakRiskCaseMix = leakRiskCaseMix[c.Index];
            var leak = rng.Chance(leakRisk[c.Index]);
            c.Leakage = c.Anastomosis == 0 ? 8 : leak ? (rng.Chance(0.55) ? 1 : 3) : rng.Chance(0.015) ? 2 : 0;
            c.SevereOther = rng.Chance(Logistic.Sigmoid(severeAlpha + DcraRiskModel.Severe(c) + c.Hospital.ComplicationEffect));
        }

        var calm = cases.Where(c => !c.Leak && !c.SevereOther && c.Leakage != 2).ToArray();
        var minorAlpha = Logistic.CalibrateIntercept(calm.Select(c => DcraRiskModel.Minor(c) + 0.5 * c.Hospital.ComplicationEffect).ToArray(), _dcra.Minor);
        Intercepts.Minor = minorAlpha;
        foreach (var c in calm)
        {
            var rng = Rng.For(_seed, StreamId.DcraOutcomes, c.Index, 1);
            c.MinorComplication = rng.Chance(Logistic.Sigmoid(minorAlpha + DcraRiskModel.Minor(c) + 0.5 * c.Hospital.ComplicationEffect));
        }

        DrawDeaths(cases, severeAlpha);
        foreach (var c in cases)
        {
            var rng = Rng.For(_seed, StreamId.DcraOutcomes, c.Index, 2);
            DrawCourse(ref rng, c);
        }

        DrawReadmissions(cases);
        DrawCrm(cases);
    }
}
