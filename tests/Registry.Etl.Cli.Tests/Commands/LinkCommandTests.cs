using System.Globalization;
using System.Text;

namespace Registry.Etl.Cli.Tests.Commands;

/// <summary>`link` and `link-eval` end to end on a small generated dedupe file with known duplicates.</summary>
public sealed class LinkCommandTests : IDisposable
{
    private const string Model = """
        name: small
        link_type: dedupe
        unique_id: rec_id
        blocking: [[surname], [dob]]
        comparisons:
          - column: given
            levels: [{type: exact, term_frequency: true}, {type: jaro_winkler, threshold: 0.9}]
          - column: surname
            levels: [{type: exact, term_frequency: true}, {type: jaro_winkler, threshold: 0.9}]
          - column: dob
            levels: [exact, {type: date_swap, format: yyyyMMdd}, {type: damerau_levenshtein, max: 1}]
        """;

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "link-cli-" + Guid.NewGuid().ToString("N"));

    public LinkCommandTests()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "model.yaml"), Model);
        File.WriteAllText(Path.Combine(_dir, "people.csv"), People());
    }

    [Fact]
    public async Task Link_ThenLinkEval_ReportsAccuracyAndReusesParameters()
    {
        var (code, output, error) = await Run("link", "--model", P("model.yaml"), "--left", P("people.csv"), "--out", P("out"), "--parameters", P("params.json"));
        Assert.True(code == 0, error);
        Assert.Contains("trained", output, StringComparison.Ordinal);
        foreach (var f in new[] { "pairs.parquet", "review.parquet", "clusters.parquet", "m_u.parquet", "weight_histogram.parquet", "rules.parquet", "summary.parquet", "parameters.json", "link.json" })
        {
            Assert.True(File.Exists(P(Path.Combine("out", f))), f);
        }

        Assert.DoesNotContain("smit", Encoding.Latin1.GetString(File.ReadAllBytes(P("out/pairs.parquet"))), StringComparison.Ordinal); // ids only, no names
        var pairs = Registry.Etl.Pipeline.Tables.TableParquet.Read(P("out/pairs.parquet"));
        Assert.Contains("weight_surname", pairs.Schema.Select(c => c.Name));
        Assert.True(pairs.Get<double>("match_probability")[0] is >= 0 and <= 1);

        (code, output, error) = await Run("link-eval", "--pairs", P("out"), "--truth-column", "rec_id", "--truth-regex", "^p(\\d+)-");
        Assert.True(code == 0, error);
        var f1 = double.Parse(output.Split('\n').First(l => l.StartsWith("f1 ", StringComparison.Ordinal))[3..], CultureInfo.InvariantCulture);
        Assert.True(f1 > 0.95, output);

        (code, output, _) = await Run("link", "--model", P("model.yaml"), "--left", P("people.csv"), "--out", P("again"), "--parameters", P("params.json"));
        Assert.Equal(0, code);
        Assert.Contains("reused parameters", output, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(P("out/pairs.parquet")), File.ReadAllBytes(P("again/pairs.parquet")));
    }

    [Fact]
    public async Task Link_BadModel_ExitsTwoNamingTheLine()
    {
        File.WriteAllText(P("bad.yaml"), Model.Replace("jaro_winkler, threshold: 0.9", "jaro_winkler", StringComparison.Ordinal));
        var (code, _, error) = await Run("link", "--model", P("bad.yaml"), "--left", P("people.csv"), "--out", P("x"));
        Assert.Equal(2, code);
        Assert.Contains("bad.yaml:7", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(P("x")));
    }

    [Fact]
    public async Task Link_RaggedCsv_ExitsOneNamingTheLine()
    {
        File.WriteAllText(P("ragged.csv"), "rec_id,given,surname,dob\np1-0,jan,smit,19800101\np2-0,piet\n");
        var (code, _, error) = await Run("link", "--model", P("model.yaml"), "--left", P("ragged.csv"), "--out", P("y"));
        Assert.Equal(1, code);
        Assert.Contains("ragged.csv:3", error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string P(string name) => Path.Combine(_dir, name);

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var code = await CliApplication.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>300 people, a third with one noisy duplicate; FEBRL-style padding after commas.</summary>
    private static string People()
    {
        string[] given = ["jan", "piet", "kees", "anna", "maria", "sanne", "daan", "emma", "lucas", "sophie", "noah", "julia", "sem", "tess", "finn"];
        string[] surnames = ["smit", "de jong", "jansen", "bakker", "visser", "meijer", "mulder", "bos", "vos", "dekker", "brouwer", "kok", "prins", "blom", "post", "groen", "koning", "maas", "evers", "vink"];
        var rng = new Random(17);
        var csv = new StringBuilder("rec_id, given, surname, dob\n");
        for (var i = 0; i < 300; i++)
        {
            var g = given[rng.Next(given.Length)];
            var s = surnames[rng.Next(surnames.Length)] + (rng.Next(3) == 0 ? "s" : string.Empty);
            var d = new DateOnly(1940, 1, 1).AddDays(rng.Next(20000)).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            csv.Append(CultureInfo.InvariantCulture, $"p{i}-0, {g}, {s}, {d}\n");
            if (i % 3 == 0)
            {
                var g2 = rng.Next(4) == 0 ? g + "e" : g;
                var d2 = rng.Next(5) == 0 ? d[..7] + (char)('0' + rng.Next(10)) : d;
                csv.Append(CultureInfo.InvariantCulture, $"p{i}-1, {g2}, {s}, {d2}\n");
            }
        }

        return csv.ToString();
    }
}
