using Registry.Etl.Synthetic.Calibration;
using Registry.Etl.Synthetic.Randomness;

namespace Registry.Etl.Synthetic.World;

/// <summary>
/// Plants the hospital-level truth: normal random effects for most hospitals, a few outliers with a large
/// effect, and case-mix-only hospitals with no effect at all. Outliers and case-mix-only hospitals are
/// drawn among the hospitals with at least median volume, so the planted signal is detectable.
/// </summary>
internal static class HospitalRoles
{
    public static void Assign(ulong seed, SyntheticCalibration calibration, Hospital[] hospitals)
    {
        var dcra = calibration.Dcra;
        var dhba = calibration.Dhba;
        var rng = Rng.For(seed, StreamId.HospitalRoles);
        foreach (var h in hospitals)
        {
            h.LeakEffect = rng.Normal(0, dcra.HospitalEffectSd);
            h.MortalityEffect = rng.Normal(0, dcra.HospitalEffectSd);
            h.ComplicationEffect = rng.Normal(0, dcra.HospitalEffectSd);
            h.CombinedEffect = rng.Normal(0, dhba.CombinedHospitalSd);
            h.MorbidityEffect = h.LiverCentre ? rng.Normal(0, dhba.HospitalEffectSd) : 0;
        }

        var sorted = hospitals.Select(h => h.DcraWeight).Order().ToArray();
        var median = sorted[sorted.Length / 2];
        var candidates = hospitals.Where(h => h.DcraWeight >= median).ToList();
        Take(ref rng, candidates, dcra.LeakOutliers, h =>
        {
            h.Role |= HospitalRole.LeakOutlier;
            h.LeakEffect = dcra.LeakOutlierEffect;
        });
        Take(ref rng, candidates, dcra.MortalityOutliers, h =>
        {
            h.Role |= HospitalRole.MortalityOutlier;
            h.MortalityEffect = dcra.MortalityOutlierEffect;
        });
        Take(ref rng, candidates, dcra.CaseMixOnly, h =>
        {
            h.Role |= HospitalRole.CaseMixOnly;
            h.LeakEffect = 0;
            h.MortalityEffect = 0;
            h.ComplicationEffect = 0;
        });

        var liverCandidates = hospitals.Where(h => h.LiverCentre).OrderByDescending(h => h.DhbaWeight).ToList();
        liverCandidates = liverCandidates.Take(Math.Max(1, liverCandidates.Count / 2)).ToList();
        Take(ref rng, liverCandidates, dhba.MorbidityOutliers, h =>
        {
            h.Role |= HospitalRole.MorbidityOutlier;
            h.MorbidityEffect = dhba.MorbidityOutlierEffect;
        });
    }

    private static void Take(ref Rng rng, List<Hospital> candidates, int count, Action<Hospital> plant)
    {
        for (var i = 0; i < count && candidates.Count > 0; i++)
        {
            var index = rng.Below(candidates.Count);
            plant(candidates[index]);
            candidates.RemoveAt(index);
        }
    }
}
