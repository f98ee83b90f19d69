using Registry.Etl.Statistics.Standardisation;
using Registry.Etl.Statistics.Tests.TestSupport;

namespace Registry.Etl.Statistics.Tests.Standardisation;

/// <summary>
/// Every row and column of casemix_oe.csv: the pseudo-hospitals id %% 12, both from the oracle's own p̂
/// (casemix_patients.csv; isolates the O/E arithmetic) and from our fitted model (the whole chain).
/// </summary>
public sealed class ObservedExpectedOracleTests
{
    public static TheoryData<string, bool> Cases => new()
    {
        { "rec1y", false }, { "rec1y", true }, { "death1y", false }, { "death1y", true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Summarise_PerHospital_MatchesEveryColumn(string outcome, bool ourModel)
    {
        var units = ourModel ? FromOurModel(outcome) : FromOraclePredictions(outcome);
        var national = units.Values.Aggregate(ObservedExpectedCounts.Empty, (a, b) => a + b);
        var overall = (double)national.Observed / national.N;
        var table = OracleTable.Load("expected/casemix_oe.csv");
        var rows = table.Rows.Where(r => table.Text(r, "outcome") == outcome).ToList();
        Assert.Equal(12, rows.Count);
        OracleAssert.All(rows.SelectMany(row =>
        {
            var hospital = table.Integer(row, "hospital");
            var s = ObservedExpectedRatio.Summarise(units[hospital], overall);
            var at = $"{outcome} hospital {hospital} ({(ourModel ? "our model" : "oracle p_hat")})";
            return new Action[]
            {
                () => OracleAssert.Exact(table.Integer(row, "n"), s.N, at + " n"),
                () => OracleAssert.Exact(table.Integer(row, "O"), s.Observed, at + " O"),
                () => OracleAssert.Close(table.Number(row, "E"), s.Expected, at + " E"),
                () => OracleAssert.Close(table.Number(row, "var_E"), s.VarianceExpected, at + " var_E"),
                () => OracleAssert.Close(table.Number(row, "oe"), s.Ratio, at + " oe"),
                () => OracleAssert.Close(table.Number(row, "crude_rate"), s.CrudeRate, at + " crude_rate"),
                () => OracleAssert.Close(table.Number(row, "overall_rate"), s.OverallRate, at + " overall_rate"),
                () => OracleAssert.Close(table.Number(row, "isr"), s.IndirectlyStandardisedRate, at + " isr"),
                () => OracleAssert.Close(table.Number(row, "z_binomial"), s.ZBinomial, at + " z_binomial"),
                () => OracleAssert.Close(table.Number(row, "z_poisson"), s.ZPoisson, at + " z_poisson"),
            }.Concat(Intervals(table, row, s, at));
        }));
    }

    private static IEnumerable<Action> Intervals(OracleTable table, string[] row, ObservedExpectedSummary s, string at)
    {
        foreach (var (prefix, method) in new[] { ("exact", RatioInterval.ExactGarwood), ("byar", RatioInterval.Byar) })
        {
            foreach (var (suffix, level) in new[] { ("95", ConfidenceLevel.Percent95), ("998", ConfidenceLevel.Percent998) })
            {
                var ci = ObservedExpectedRatio.ConfidenceInterval(s.Observed, s.Expected, method, level);
                yield return () => OracleAssert.Close(table.Number(row, $"{prefix}{suffix}_lower"), ci.Lower, $"{at} {prefix}{suffix}_lower");
                yield return () => OracleAssert.Close(table.Number(row, $"{prefix}{suffix}_upper"), ci.Upper, $"{at} {prefix}{suffix}_upper");
            }
        }
    }

    private static Dictionary<long, ObservedExpectedCounts> FromOraclePredictions(string outcome)
    {
        var table = OracleTable.Load("expected/casemix_patients.csv");
        var units = new Dictionary<long, ObservedExpectedCounts>();
        foreach (var row in table.Rows.Where(r => table.Text(r, "outcome") == outcome))
        {
            var hospital = table.Integer(row, "hospital");
            units[hospital] = units.GetValueOrDefault(hospital).Add(table.Integer(row, "y") == 1, table.Number(row, "p_hat"));
        }

        return units;
    }

    private static Dictionary<long, ObservedExpectedCounts> FromOurModel(string outcome)
    {
        var fit = ColonCasemix.Fit(outcome);
        var data = ColonCasemix.Instance;
        var y = data.Outcome(outcome);
        var hospitals = data.Hospitals;
        var units = new Dictionary<long, ObservedExpectedCounts>();
        for (var i = 0; i < y.Length; i++)
        {
            if (!double.IsNaN(fit.Fitted[i]))
            {
                units[hospitals[i]] = units.GetValueOrDefault(hospitals[i]).Add(y[i] == 1.0, fit.Fitted[i]);
            }
        }

        return units;
    }
}
