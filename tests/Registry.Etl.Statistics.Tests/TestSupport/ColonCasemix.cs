using Registry.Etl.Statistics.Regression;

namespace Registry.Etl.Statistics.Tests.TestSupport;

/// <summary>
/// The oracle's case-mix models on colon_casemix.csv (README casemix_*): rec1y with differ and extent as factors
/// (reference level 1), death1y with them numeric; covariates age, sex, obstruct, perfor, adhere, differ, extent, surg.
/// </summary>
internal sealed class ColonCasemix
{
    private static readonly string[] Numeric = ["age", "sex", "obstruct", "perfor", "adhere"];

    private ColonCasemix(OracleTable table) => Table = table;

    public static ColonCasemix Instance { get; } = new(OracleTable.Load("data/colon_casemix.csv"));

    public OracleTable Table { get; }

    public int Count => Table.Rows.Count;

    public double[] Outcome(string name) => [.. Table.Rows.Select(r => Table.Number(r, name))];

    public long[] Ids => [.. Table.Rows.Select(r => Table.Integer(r, "id"))];

    public long[] Hospitals => [.. Table.Rows.Select(r => Table.Integer(r, "hospital"))];

    /// <summary>The covariates in the oracle's formula order; differ and extent as factors or numeric.</summary>
    public List<Covariate> Covariates(bool factors)
    {
        var list = new List<Covariate>();
        foreach (var name in Numeric)
        {
            list.Add(NumericColumn(name));
        }

        foreach (var name in new[] { "differ", "extent" })
        {
            list.Add(factors
                ? new FactorCovariate(name, [.. Table.Rows.Select(r => Table.Text(r, name) is var t && t == "NA" ? null : t)], "1")
                : NumericColumn(name));
        }

        list.Add(NumericColumn("surg"));
        return list;
    }

    /// <summary>Maps the oracle's term names ("factor(differ)2") to ours ("differ[2]").</summary>
    public static string OurTerm(string oracleTerm) =>
        oracleTerm.StartsWith("factor(", StringComparison.Ordinal)
            ? $"{oracleTerm[7..oracleTerm.IndexOf(')', StringComparison.Ordinal)]}[{oracleTerm[(oracleTerm.IndexOf(')', StringComparison.Ordinal) + 1)..]}]"
            : oracleTerm;

    public static LogisticRegressionResult Fit(string outcome) =>
        LogisticRegression.Fit(Instance.Outcome(outcome), Instance.Covariates(factors: outcome == "rec1y"), LogisticRegressionOptions.Strict);

    private NumericCovariate NumericColumn(string name) => new(name, [.. Table.Rows.Select(r => Table.Number(r, name))]);
}
