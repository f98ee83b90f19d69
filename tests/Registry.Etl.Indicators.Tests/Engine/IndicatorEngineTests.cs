using System.Globalization;
using Registry.Etl.Indicators.Datasets;
using Registry.Etl.Indicators.Engine;
using Registry.Etl.Indicators.Specs;
using Registry.Etl.Indicators.Tests.Support;
using Registry.Etl.Statistics;
using Registry.Etl.Statistics.Funnels;
using Registry.Etl.Statistics.Standardisation;

namespace Registry.Etl.Indicators.Tests.Engine;

/// <summary>The engine against small cases computed by hand (counts, Wilson by its formula, saturated case-mix).</summary>
public sealed class IndicatorEngineTests
{
    [Fact]
    public void Compute_Proportion_CountsPerHospitalAndNationallyWithWilsonInterval()
    {
        var rows = Rows("06000001", 3, 10, urgentEvents: 0, urgent: 0).Concat(Rows("06000002", 1, 10, 0, 0)).ToList();
        var output = Run(Spec("proportion", "wilson", funnel: null, caseMix: null), rows);
        var a = output.Results.Single(r => r.Unit == "06000001");
        Assert.Equal((3L, 10L, 0.3), (a.Numerator!.Value, a.Denominator, a.Value!.Value));
        var (lower, upper) = Wilson(3, 10, 1.959963984540054);
        Assert.Equal(lower, a.CiLower!.Value, 12);
        Assert.Equal(upper, a.CiUpper!.Value, 12);
        Assert.Equal("wilson", a.CiMethod);
        var national = output.Results.Single(r => r.Unit == IndicatorResult.NationalUnit);
        Assert.Equal((4L, 20L), (national.Numerator!.Value, national.Denominator));
        Assert.Equal(IndicatorResult.NationalUnit, output.Results[0].Unit);
    }

    [Fact]
    public void Compute_SmallHospitals_AreSuppressedButCountNationally()
    {
        var rows = Rows("06000001", 2, 30, 0, 0).Concat(Rows("06000002", 0, 9, 0, 0)).Concat(Rows("06000003", 5, 30, 0, 0)).ToList();
        var output = Run(Spec("proportion", "wilson", funnel: null, caseMix: null, minimumDenominator: 10, suppression: 3), rows);
        var small = output.Results.Single(r => r.Unit == "06000001");
        Assert.True(small.Suppressed);
        Assert.Null(small.Numerator);
        Assert.Null(small.Value);
        Assert.Equal(30, small.Denominator);
        Assert.True(output.Results.Single(r => r.Unit == "06000002").Suppressed);
        Assert.False(output.Results.Single(r => r.Unit == "06000003").Suppressed);
        Assert.Equal(7L, output.Results.Single(r => r.Unit == IndicatorResult.NationalUnit).Numerator);
    }

    [Fact]
    public void Compute_SaturatedCaseMix_ExpectedIsTheSumOfNationalLevelRates()
    {
        // One binary factor: the logistic fit reproduces the national rate of each level exactly.
        var rows = Rows("06000001", 10, 40, urgentEvents: 6, urgent: 20)
            .Concat(Rows("06000002", 4, 60, urgentEvents: 2, urgent: 5))
            .ToList();
        var output = Run(Spec("oe_ratio", "garwood", funnel: "none", caseMix: "garwood"), rows);
        double pUrgent = 8.0 / 25, pElective = 6.0 / 75;
        var h1 = output.Results.Single(r => r.Unit == "06000001");
        var expected = (20 * pUrgent) + (20 * pElective);
        Assert.Equal(expected, h1.Expected!.Value, 9);
        Assert.Equal(10 / expected, h1.Oe!.Value, 9);
        Assert.Equal(h1.Oe, h1.Value);
        var ci = ObservedExpectedRatio.ConfidenceInterval(10, h1.Expected.Value, RatioInterval.ExactGarwood, ConfidenceLevel.Percent95);
        Assert.Equal(ci.Lower, h1.OeCiLower!.Value, 12);
        Assert.Equal(ci.Upper, h1.OeCiUpper!.Value, 12);
        var national = output.Results.Single(r => r.Unit == IndicatorResult.NationalUnit);
        Assert.Equal(14.0, national.Expected!.Value, 8);
        var band = SpiegelhalterLimits.RatioBand(1.0, h1.Expected.Value, ConfidenceLevel.Percent998);
        Assert.Equal(band.Upper, h1.Funnel998Upper!.Value, 12);
    }

    [Fact]
    public void Compute_ExactFunnel_FlagsHospitalsOutsideTheLimits()
    {
        var rows = Rows("06000001", 50, 100, 0, 0).Concat(Rows("06000002", 5, 100, 0, 0)).Concat(Rows("06000003", 5, 100, 0, 0)).Concat(Rows("06000004", 20, 100, 0, 0)).ToList();
        var output = Run(Spec("proportion", "wilson", funnel: "none", caseMix: null), rows);
        var target = 80.0 / 400;
        var high = output.Results.Single(r => r.Unit == "06000001");
        Assert.Equal("above_99.8", high.Flag);
        Assert.Equal(SpiegelhalterLimits.ProportionBand(target, 100, ConfidenceLevel.Percent95).Upper, high.Funnel95Upper!.Value, 12);
        Assert.Equal("below_99.8", output.Results.Single(r => r.Unit == "06000002").Flag);
        Assert.Equal("within", output.Results.Single(r => r.Unit == "06000004").Flag);
        Assert.Null(output.Results.Single(r => r.Unit == IndicatorResult.NationalUnit).Flag);
        Assert.NotEmpty(output.Funnel);
        Assert.All(output.Funnel, p => Assert.Equal(target, p.Target));
    }

    [Fact]
    public void Compute_CaseMix_IsFittedOnTheDefinitionYearAndPredictsOtherYears()
    {
        var rows = Rows("06000001", 10, 40, 6, 20).Concat(Rows("06000002", 4, 60, 2, 5)).ToList();
        var earlier = Rows("06000001", 1, 10, 1, 10, year: 2023).ToList();
        var output = Run(Spec("oe_ratio", "garwood", funnel: "none", caseMix: "garwood"), [.. rows, .. earlier]);
        var h2023 = output.Results.Single(r => r.Unit == "06000001" && r.Period == "2023");
        Assert.Equal(10 * (8.0 / 25), h2023.Expected!.Value, 9);
    }

    private static (double Lower, double Upper) Wilson(double x, double n, double z)
    {
        var p = x / n;
        var centre = p + (z * z / (2 * n));
        var half = z * Math.Sqrt((p * (1 - p) / n) + (z * z / (4 * n * n)));
        var d = 1 + (z * z / n);
        return ((centre - half) / d, (centre + half) / d);
    }

    /// <summary>n rows of one hospital in 2024: the first <paramref name="urgent"/> urgent; events spread as asked.</summary>
    private static IEnumerable<IReadOnlyDictionary<string, string?>> Rows(string hospital, int events, int n, int urgentEvents, int urgent, int year = 2024)
    {
        var electiveEvents = events - urgentEvents;
        for (var i = 0; i < n; i++)
        {
            var isUrgent = i < urgent;
            var isEvent = isUrgent ? i < urgentEvents : i - urgent < electiveEvents;
            yield return new Dictionary<string, string?>
            {
                ["hospital"] = hospital,
                ["operation_date"] = string.Create(CultureInfo.InvariantCulture, $"{year}-03-01"),
                ["procedure"] = "4",
                ["urgency"] = isUrgent ? "1" : "0",
                ["clavien_dindo"] = isEvent ? "3" : "0",
            };
        }
    }

    private static IndicatorOutput Run(IndicatorSpec spec, List<IReadOnlyDictionary<string, string?>> rows) =>
        IndicatorEngine.Compute(TestTables.FromRows(DatasetSchemas.DcraSchema, rows), SpecCompiler.Compile(spec), "test");

    private static IndicatorSpec Spec(string type, string ci, string? funnel, string? caseMix, int minimumDenominator = 0, int suppression = 0)
    {
        var text = $"""
            id: test
            version: 1
            status: draft
            definition_year: 2024
            title: {"{"}nl: t, en: t{"}"}
            definition: test
            dataset: dcra
            unit: resection
            index_date: operation_date
            population: procedure is not null
            numerator: clavien_dindo >= 3
            type: {type}
            stratification: {"{"}period: year, units: [hospital, national]{"}"}
            ci_method: {ci}
            minimum_denominator: {minimumDenominator}
            suppression_threshold: {suppression}
            changelog: [{"{"}version: 1, date: 2025-01-01, change: test{"}"}]

            """;
        if (funnel is not null)
        {
            text += $"funnel: {{limits: [95, 99.8], overdispersion: {funnel}}}\n";
        }

        if (caseMix is not null)
        {
            text += $"case_mix:\n  oe_ci_method: {caseMix}\n  covariates:\n    - name: urgent\n      factor: \"if(urgency = 1, 'yes', 'no')\"\n      reference: \"no\"\n";
        }

        return SpecParser.Parse(text, "test/v1.yaml");
    }
}
