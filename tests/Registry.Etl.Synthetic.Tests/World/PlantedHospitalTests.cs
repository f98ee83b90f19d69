using Registry.Etl.Synthetic.Tests.Support;
using Registry.Etl.Synthetic.World;

namespace Registry.Etl.Synthetic.Tests.World;

/// <summary>
/// The planted hospitals behave as planted, with crude checks (the indicator engineer tests real funnel
/// flags): outliers are above the national rate even against their own case-mix expectation;
/// case-mix-only hospitals are worse on the crude rate but not against their case-mix expectation.
/// </summary>
public sealed class PlantedHospitalTests
{
    private static SyntheticWorld W => ModerateWorld.World;

    [Fact]
    public void LeakOutliers_ObservedLeaks_ExceedCaseMixExpectation()
    {
        var outliers = W.Hospitals.Where(h => (h.Role & HospitalRole.LeakOutlier) != 0).ToList();
        Assert.Equal(W.Calibration.Dcra.LeakOutliers, outliers.Count);
        var national = Rate(W.Colorectal.Where(c => c.Resected && c.Anastomosis != 0), c => c.Leak);
        foreach (var h in outliers)
        {
            var cases = W.Colorectal.Where(c => c.Resected && c.Anastomosis != 0 && c.Hospital == h).ToList();
            var observed = cases.Count(c => c.Leak);
            var expected = cases.Sum(c => c.LeakRiskCaseMix);
            var sd = Math.Sqrt(cases.Sum(c => c.LeakRiskCaseMix * (1 - c.LeakRiskCaseMix)));
            Assert.True(observed > expected + 4 * sd, $"{h.Agb}: {observed} leaks, case-mix expectation {expected:F1} (sd {sd:F1}).");
            Assert.True(observed / (double)cases.Count > 1.8 * national, $"{h.Agb}: crude leak rate not clearly above national.");
        }
    }

    [Fact]
    public void MortalityOutliers_ObservedDeaths_ExceedCaseMixExpectation()
    {
        var outliers = W.Hospitals.Where(h => (h.Role & HospitalRole.MortalityOutlier) != 0).ToList();
        Assert.Equal(W.Calibration.Dcra.MortalityOutliers, outliers.Count);
        foreach (var h in outliers)
        {
            var cases = W.Colorectal.Where(c => c.Resected && c.Hospital == h).ToList();
            var observed = cases.Count(c => c.PostoperativeDeath);
            var expected = cases.Sum(c => c.MortalityRiskCaseMix);
            var sd = Math.Sqrt(cases.Sum(c => c.MortalityRiskCaseMix * (1 - c.MortalityRiskCaseMix)));
            Assert.True(observed > expected + 4 * sd, $"{h.Agb}: {observed} deaths, case-mix expectation {expected:F1} (sd {sd:F1}).");
        }
    }

    [Fact]
    public void CaseMixOnlyHospitals_WorseCrudeMortality_ButNotAgainstCaseMix()
    {
        var planted = W.Hospitals.Where(h => h.CaseMixOnly).ToList();
        Assert.Equal(W.Calibration.Dcra.CaseMixOnly, planted.Count);
        var resected = W.Colorectal.Where(c => c.Resected).ToList();
        var national = Rate(resected, c => c.PostoperativeDeath);
        foreach (var h in planted)
        {
            Assert.Equal(0, h.LeakEffect);
            Assert.Equal(0, h.MortalityEffect);
            var cases = resected.Where(c => c.Hospital == h).ToList();
            var observed = cases.Count(c => c.PostoperativeDeath);
            var expected = cases.Sum(c => c.MortalityRiskCaseMix);
            var sd = Math.Sqrt(cases.Sum(c => c.MortalityRiskCaseMix * (1 - c.MortalityRiskCaseMix)));
            Assert.True(observed / (double)cases.Count > 1.5 * national, $"{h.Agb}: crude mortality {observed}/{cases.Count} not clearly above national {national:P2}.");
            Assert.True(Math.Abs(observed - expected) < 3.5 * sd, $"{h.Agb}: {observed} deaths vs case-mix expectation {expected:F1} (sd {sd:F1}).");
            Assert.True(cases.Average(c => c.AgeAtOperation) > resected.Average(c => c.AgeAtOperation) + 4, $"{h.Agb}: not older.");
        }
    }

    [Fact]
    public void NormalHospitals_AgainstCaseMix_MostlyWithinLimits()
    {
        var normal = W.Hospitals.Where(h => h.Role == HospitalRole.Normal).ToList();
        var flagged = 0;
        foreach (var h in normal)
        {
            var cases = W.Colorectal.Where(c => c.Resected && c.Hospital == h).ToList();
            var observed = cases.Count(c => c.PostoperativeDeath);
            var expected = cases.Sum(c => c.MortalityRiskCaseMix);
            var sd = Math.Sqrt(cases.Sum(c => c.MortalityRiskCaseMix * (1 - c.MortalityRiskCaseMix)));
            flagged += Math.Abs(observed - expected) > 3.09 * sd ? 1 : 0;
        }

        // Small normal random effects (sd 0.15 on the logit) may flag a hospital now and then, never many.
        Assert.True(flagged <= Math.Max(2, normal.Count / 10), $"{flagged} of {normal.Count} normal hospitals outside 99.8 % limits.");
    }

    private static double Rate<T>(IEnumerable<T> items, Func<T, bool> outcome)
    {
        var list = items.ToList();
        return list.Count(outcome) / (double)list.Count;
    }
}
