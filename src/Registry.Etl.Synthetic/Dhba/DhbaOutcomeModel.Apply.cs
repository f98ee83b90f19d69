using Registry.Etl.Synthetic.Randomness;

namespace Registry.Etl.Synthetic.Dhba;

internal sealed partial class DhbaOutcomeModel
{
    /// <summary>Morbidity, minor complications and death for every procedure (combined already decided).</summary>
    public void DrawShortTerm(List<DhbaCase> cases)
    {
        var morbidity = new double[cases.Count];
        var morbidityCaseMix = new double[cases.Count];
        for (var group = 0; group < 3; group++)
        {
            var members = cases.Where(d => d.OutcomeGroup == group).ToArray();
            var target = group switch { 0 => _dhba.MajorMorbidityMinor, 1 => _dhba.MajorMorbidityMajor, _ => _dhba.MajorMorbidityAblation };
            var alpha = Logistic.CalibrateIntercept(members.Select(d => MorbidityPredictor(d) + d.Hospital.MorbidityEffect).ToArray(), target);
            MorbidityIntercepts[group] = alpha;
            foreach (var d in members)
            {
                morbidity[d.Index] = Logistic.Sigmoid(alpha + MorbidityPredictor(d) + d.Hospital.MorbidityEffect);
                morbidityCaseMix[d.Index] = Logistic.Sigmoid(alpha + MorbidityPredictor(d));
                d.MorbidityRiskTrue = morbidity[d.Index];
                d.MorbidityRiskCaseMix = morbidityCaseMix[d.Index];
                var rng = Rng.For(_seed, StreamId.DhbaOutcomes, d.Person.Id, d.ProcedureDay, 2);
                d.MajorMorbidity = rng.Chance(morbidity[d.Index]);
                d.MinorComplication = !d.MajorMorbidity && rng.Chance(0.15);
            }

            var mortalityTarget = group switch { 0 => _dhba.MortalityMinor, 1 => _dhba.MortalityMajor, _ => _dhba.MortalityAblation };
            var mortal = members.Where(d => !d.Simultaneous).ToArray();
            var mortalityAlpha = Logistic.CalibrateIntercept(
                a => mortal.Length == 0 ? mortalityTarget : mortal.Average(d => Marginal(a + MortalityPredictor(d), morbidity[d.Index])),
                mortalityTarget);
            MortalityIntercepts[group] = mortalityAlpha;
            foreach (var d in mortal)
            {
                d.MortalityRiskTrue = Marginal(mortalityAlpha + MortalityPredictor(d), morbidity[d.Index]);
                var rng = Rng.For(_seed, StreamId.DhbaOutcomes, d.Person.Id, d.ProcedureDay, 3);
                var lp = mortalityAlpha + MortalityPredictor(d) + (d.MajorMorbidity ? DeathAfterMorbidity : 0);
                d.PostoperativeDeath = rng.Chance(Logistic.Sigmoid(lp));
            }
        }
    }

    private static double Marginal(double lp, double morbidity) =>
        (1 - morbidity) * Logistic.Sigmoid(lp) + morbidity * Logistic.Sigmoid(lp + DeathAfterMorbidity);

    public void DrawReadmissions(List<DhbaCase> cases)
    {
        var alive = cases.Where(d => !d.DiedInHospital).ToArray();
        static double Predictor(DhbaCase d) => (d.MajorMorbidity ? 0.8 : 0) + (d.MinorComplication ? 0.3 : 0) + (d.ResectionExtent == 2 ? 0.2 : 0);
        ReadmissionIntercept = Logistic.CalibrateIntercept(alive.Select(Predictor).ToArray(), _dhba.Readmission);
        foreach (var d in alive)
        {
            var rng = Rng.For(_seed, StreamId.DhbaOutcomes, d.Person.Id, d.ProcedureDay, 4);
            if (rng.Chance(Logistic.Sigmoid(ReadmissionIntercept + Predictor(d))))
            {
                var day = d.DischargeDay + rng.Between(1, 30);
                if (day < d.DeathDay - 2)
                {
                    d.Readmitted = true;
                    d.ReadmissionDay = day;
                }
            }
        }
    }
}
