using Registry.Etl.Indicators.Catalog;
using Registry.Etl.Indicators.Datasets;
using Registry.Etl.Indicators.Engine;
using Registry.Etl.Indicators.Specs;
using Registry.Etl.Indicators.Tests.Support;

namespace Registry.Etl.Indicators.Tests.Specs;

/// <summary>Every worked test case of every spec in indicator-specs/ runs through the engine.</summary>
public sealed class WorkedCaseTests
{
    private static readonly string[] Keys = ["stratum", "period", "unit"];

    public static TheoryData<string> SpecKeys()
    {
        var data = new TheoryData<string>();
        foreach (var spec in SpecCatalog.Load(Repository.Specs).All)
        {
            data.Add(spec.Key);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SpecKeys))]
    public void WorkedCases_OfEverySpec_GiveTheExpectedResults(string key)
    {
        var spec = SpecCatalog.Load(Repository.Specs).Resolve(key);
        Assert.NotEmpty(spec.TestCases);
        foreach (var worked in spec.TestCases)
        {
            Run(spec, worked);
        }
    }

    internal static void Run(IndicatorSpec spec, WorkedCase worked)
    {
        Assert.True(DatasetSchemas.TryGet(spec.Dataset, out var schema));
        var table = TestTables.FromRows(schema, worked.Rows);
        var output = IndicatorEngine.Compute(table, SpecCompiler.Compile(spec, schema), "test-run");
        foreach (var expect in worked.Expect)
        {
            var matches = output.Results.Where(r => Keys.All(k => !expect.TryGetValue(k, out var v) || ResultFields.Get(r, k) == v)
                && (expect.ContainsKey("stratum") || r.Stratum == "all" || spec.Stratification.By is not null)).ToList();
            var label = $"{spec.Key} '{worked.Name}' ({worked.Location}) row {string.Join(", ", Keys.Where(expect.ContainsKey).Select(k => $"{k}={expect[k]}"))}";
            Assert.True(matches.Count == 1, $"{label}: {matches.Count} result rows match.");
            foreach (var (field, value) in expect)
            {
                var actual = ResultFields.Get(matches[0], field);
                Assert.True(ResultFields.Matches(value, actual), $"{label}: {field} expected {value}, got {actual ?? "null"}.");
            }
        }
    }
}
