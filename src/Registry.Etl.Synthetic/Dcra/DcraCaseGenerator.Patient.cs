using Registry.Etl.Synthetic.Randomness;

namespace Registry.Etl.Synthetic.Dcra;

internal sealed partial class DcraCaseGenerator
{
    private static readonly double[] ColonUrgency = [0.82, 0.05, 0.05, 0.08];
    private static readonly double[] RectumUrgency = [0.95, 0.01, 0.03, 0.01];

    /// <summary>Height, weight, ASA and Charlson from one latent frailty that rises with age.</summary>
    private void DrawBody(ref Rng rng, DcraCase c, bool shift)
    {
        var male = c.Person.Sex == 1;
        c.HeightCm = (int)Math.Round(Math.Clamp(rng.Normal(male ? 179 : 166, male ? 7 : 6.5), 140, 205));
        var bmi = Math.Clamp(rng.LogNormal(26, 0.16), 15, 50);
        var metres = c.HeightCm / 100.0;
        c.WeightKg = Math.Max(32, Math.Round(bmi * metres * metres, 1));
        var frailty = rng.Normal() + 0.035 * (c.AgeAtOperation - 70) + (shift ? _dcra.CaseMixFrailtyShift : 0);
        c.Asa = frailty < -1.05 ? 1 : frailty < 0.45 ? 2 : frailty < 1.75 ? 3 : 4;
        var comorbidity = 0.6 * frailty + rng.Normal(0, 0.8);
        c.Charlson = comorbidity < 0.15 ? 0 : comorbidity < 0.9 ? 1 : comorbidity < 1.5 ? 2 : Math.Min(8, 3 + (int)((comorbidity - 1.5) / 0.5));
    }

    /// <summary>Urgency (NKR chir_urg) and the preoperative tumour complication that usually causes it.</summary>
    private void DrawUrgency(ref Rng rng, DcraCase c, bool shift)
    {
        Span<double> weights = stackalloc double[4];
        (c.Location == TumourLocation.Rectum ? RectumUrgency : ColonUrgency).CopyTo(weights);
        if (shift)
        {
            for (var i = 1; i < 4; i++)
            {
                weights[i] *= _dcra.CaseMixUrgencyOdds;
            }
        }

        c.Urgency = rng.Pick(weights);
        var p = rng.NextDouble();
        c.PreopComplication = c.Urgency switch
        {
            0 => p < 0.03 ? 1 : 0,
            1 => p < 0.50 ? 1 : p < 0.80 ? 2 : p < 0.85 ? 3 : 0,
            2 => p < 0.85 ? 1 : 0,
            _ => p < 0.60 ? 1 : p < 0.70 ? 2 : p < 0.75 ? 3 : 0,
        };
    }
}
