using Registry.Etl.Synthetic.Calibration;
using Registry.Etl.Synthetic.World;

namespace Registry.Etl.Synthetic.Tests.Support;

/// <summary>
/// A moderately sized world (45,000 DCRA resections, 9,000 liver procedures in three years) so planted
/// rates can be checked against tight binomial tolerances. Built once per test run.
/// </summary>
internal static class ModerateWorld
{
    public static readonly SyntheticOptions Options = new()
    {
        Seed = 7,
        Years = 3,
        FirstYear = 2019,
        Calibration = new SyntheticCalibration
        {
            Volumes = new VolumeCalibration
            {
                Hospitals = 40,
                LiverCentres = 12,
                DcraPerYear = 15_000,
                DhbaPerYear = 3_000,
                NkrPerYear = 24_000,
                LbzPerYear = 60_000,
                BackgroundPopulation = 60_000,
            },
        },
    };

    private static readonly Lazy<SyntheticWorld> Lazy = new(() => SyntheticWorld.Build(Options));

    public static SyntheticWorld World => Lazy.Value;

    /// <summary>|observed - expected| within z binomial standard deviations (plus a rounding allowance).</summary>
    public static void AssertRate(double expected, int events, int trials, string what, double z = 4.5)
    {
        Assert.True(trials > 0, $"{what}: no trials.");
        var observed = (double)events / trials;
        var sd = Math.Sqrt(expected * (1 - expected) / trials);
        Assert.True(
            Math.Abs(observed - expected) <= z * sd + 0.5 / trials,
            $"{what}: observed {observed:P2} ({events}/{trials}), configured {expected:P2}, tolerance {z * sd:P2}.");
    }
}
