using Registry.Etl.Indicators.Catalog;
using Registry.Etl.Indicators.Engine;
using Registry.Etl.Indicators.Specs;
using Registry.Etl.Indicators.Tests.Support;
using Xunit.Abstractions;

namespace Registry.Etl.Indicators.Tests.Engine;

/// <summary>
/// The proof on the synthetic data with planted truth: planted outliers are flagged above the 99.8 %
/// limit on the adjusted (O/E) indicator; hospitals that differ only in case-mix are flagged on the crude
/// rate but not after adjustment. Roles come from the generator's truth/hospitals.csv.
/// </summary>
public sealed class PlantedTruthTests(PlantedTruthFixture world, ITestOutputHelper output) : IClassFixture<PlantedTruthFixture>
{
    private const string Period = "2024";

    [Fact]
    public void World_HasThePlantedRolesOfItsCalibration()
    {
        var dcra = PlantedTruthFixture.Options.Calibration!.Dcra;
        Assert.Equal(dcra.MortalityOutliers, world.WithRole("mortality_outlier").Count());
        Assert.Equal(dcra.LeakOutliers, world.WithRole("leak_outlier").Count());
        Assert.Equal(dcra.CaseMixOnly, world.WithRole("casemix_only").Count());
    }

    [Fact]
    public void Mortality_PlantedOutliers_AreAbove998OnTheAdjustedIndicator()
    {
        var adjusted = Compute(Spec("dcra-mortality@2"));
        Print("adjusted mortality", adjusted);
        foreach (var agb in world.WithRole("mortality_outlier"))
        {
            Assert.Equal("above_99.8", Row(adjusted, agb).Flag);
        }
    }

    [Fact]
    public void Leakage_PlantedOutliers_AreAbove998OnTheAdjustedIndicator()
    {
        var adjusted = Compute(Spec("dcra-anastomotic-leakage@1"), "colon");
        Print("adjusted leakage (colon)", adjusted);
        foreach (var agb in world.WithRole("leak_outlier"))
        {
            Assert.Equal("above_99.8", Row(adjusted, agb).Flag);
        }
    }

    [Fact]
    public void Mortality_CaseMixOnlyHospitals_AreFlaggedCrudeButNotAdjusted()
    {
        var spec = Spec("dcra-mortality@2");
        var crude = Compute(spec with { Type = IndicatorType.Proportion, CaseMix = null, CiMethod = CiMethod.Wilson });
        var adjusted = Compute(spec);
        Print("crude mortality", crude);
        foreach (var agb in world.WithRole("casemix_only"))
        {
            Assert.StartsWith("above_", Row(crude, agb).Flag, StringComparison.Ordinal);
            Assert.DoesNotContain("above_", Row(adjusted, agb).Flag, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Mortality_AdjustedModel_ExpectsTheObservedNationally()
    {
        var national = Compute(Spec("dcra-mortality@2")).Single(r => r.Unit == IndicatorResult.NationalUnit);
        Assert.Null(national.Note);
        Assert.Equal(national.Numerator!.Value, national.Expected!.Value, 3);
    }

    private IndicatorSpec Spec(string key) => SpecCatalog.Load(Repository.Specs).Resolve(key);

    private List<IndicatorResult> Compute(IndicatorSpec spec, string stratum = "all") =>
        IndicatorEngine.Compute(world.Dcra, SpecCompiler.Compile(spec, world.Dcra.Schema), "test").Results
            .Where(r => r.Period == Period && r.Stratum == stratum).ToList();

    private static IndicatorResult Row(List<IndicatorResult> rows, string agb) => rows.Single(r => r.Unit == agb);

    private void Print(string what, List<IndicatorResult> rows)
    {
        foreach (var r in rows)
        {
            output.WriteLine($"{what} {r.Unit} {world.Roles.GetValueOrDefault(r.Unit)} n={r.Denominator} o={r.Numerator} value={r.Value:F4} e={r.Expected:F2} oe={r.Oe:F3} flag={r.Flag}");
        }
    }
}
