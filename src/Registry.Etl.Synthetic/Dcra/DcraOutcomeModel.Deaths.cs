using Registry.Etl.Synthetic.Randomness;

namespace Registry.Etl.Synthetic.Dcra;

internal sealed partial class DcraOutcomeModel
{
    /// <summary>
    /// Death depends on the case-mix, the hospital's mortality effect and the complications drawn
    /// (failure to rescue). Its intercept per location is calibrated on the risk marginalised over the
    /// complications, which is also the planted risk written to the truth: with all hospital effects
    /// (true) or none (case-mix only).
    /// </summary>
    private void DrawDeaths(List<DcraCase> cases, double severeAlpha)
    {
        var severeRisk = new double[cases.Count];
        var severeRiskCaseMix = new double[cases.Count];
        foreach (var c in cases)
        {
            severeRisk[c.Index] = Logistic.Sigmoid(severeAlpha + DcraRiskModel.Severe(c) + c.Hospital.ComplicationEffect);
            severeRiskCaseMix[c.Index] = Logistic.Sigmoid(severeAlpha + DcraRiskModel.Severe(c));
        }

        for (var group = 0; group < 2; group++)
        {
            var rectum = group == 1;
            var members = cases.Where(c => (c.Location == TumourLocation.Rectum) == rectum).ToArray();
            var offsets = members.Select(c => DcraRiskModel.Mortality(c) + c.Hospital.MortalityEffect).ToArray();
            var leak = members.Select(c => c.LeakRiskTrue).ToArray();
            var severe = members.Select(c => severeRisk[c.Index]).ToArray();
            var target = rectum ? _dcra.MortalityRectum : _dcra.MortalityColon;
            var alpha = Logistic.CalibrateIntercept(a => MeanMarginal(a, offsets, leak, severe), target);
            Intercepts.Mortality[group] = alpha;
            for (var i = 0; i < members.Length; i++)
            {
                var c = members[i];
                c.MortalityRiskTrue = Marginal(alpha + offsets[i], leak[i], severe[i]);
                c.MortalityRiskCaseMix = Marginal(alpha + DcraRiskModel.Mortality(c), c.LeakRiskCaseMix, severeRiskCaseMix[c.Index]);
                var rng = Rng.For(_seed, StreamId.DcraOutcomes, c.Index, 3);
                var lp = alpha + offsets[i] + (c.Leak ? DcraRiskModel.DeathAfterLeak : 0) + (c.SevereOther ? DcraRiskModel.DeathAfterSevere : 0);
                c.PostoperativeDeath = rng.Chance(Logistic.Sigmoid(lp));
            }
        }
    }

    private static double MeanMarginal(double alpha, double[] offsets, double[] leak, double[] severe)
    {
        var sum = 0.0;
        for (var i = 0; i < offsets.Length; i++)
        {
            sum += Marginal(alpha + offsets[i], leak[i], severe[i]);
        }

        return sum / offsets.Length;
    }

    /// <summary>P(death) = sum over leak a and severe s of P(a) P(s) sigmoid(lp + a*gamma_leak + s*gamma_severe).</summary>
    private static double Marginal(double lp, double leak, double severe) =>
        (1 - leak) * (1 - severe) * Logistic.Sigmoid(lp)
        + leak * (1 - severe) * Logistic.Sigmoid(lp + DcraRiskModel.DeathAfterLeak)
        + (1 - leak) * severe * Logistic.Sigmoid(lp + DcraRiskModel.DeathAfterSevere)
        + leak * severe * Logistic.Sigmoid(lp + DcraRiskModel.DeathAfterLeak + DcraRiskModel.DeathAfterSevere);
}
