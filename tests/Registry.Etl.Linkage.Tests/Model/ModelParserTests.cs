using Registry.Etl.Core.Errors;
using Registry.Etl.Linkage.Model;

namespace Registry.Etl.Linkage.Tests.Model;

public sealed class ModelParserTests
{
    private const string Minimal = """
        name: m
        link_type: link
        unique_id: {left: record_id, right: tumour_id}
        deterministic:
          - {name: bsn, keys: [person_key]}
        blocking:
          - [dob_key]
          - {name: pc_year, keys: [{column: pc6_key, transform: prefix, length: 4}, birth_year]}
        comparisons:
          - name: date
            column: {left: operation_date, right: surgery_date}
            levels:
              - exact
              - {type: date_within, days: 30, label: within a month}
        training: {seed: 7, u_max_pairs: 1e6, prior: 0.001}
        decision: {match_weight: 3, review_probability: 0.2, one_to_one: true, clustering: best_link}
        """;

    [Fact]
    public void Parse_PipelineSection_ReadsSourcesAndColumnAliases()
    {
        var m = ModelParser.Parse(Minimal + "\npipeline:\n  left: [dcra, dhba]\n  right: nkr\n  columns:\n    dhba: {operation_date: procedure_date, tumour_site: null}\n");
        Assert.Equal(["dcra", "dhba"], m.Pipeline!.Left);
        Assert.Equal("nkr", m.Pipeline.Right);
        Assert.Equal("procedure_date", m.Pipeline.Columns["dhba"]["operation_date"]);
        Assert.Null(m.Pipeline.Columns["dhba"]["tumour_site"]);
        Assert.Null(ModelParser.Parse(Minimal).Pipeline);
    }

    [Fact]
    public void Parse_PipelineColumnsOfUnknownSource_FailsNamingTheLine()
    {
        var e = Assert.Throws<ConfigurationException>(() => ModelParser.Parse(Minimal + "\npipeline:\n  left: dcra\n  right: nkr\n  columns:\n    lbz: {a: b}\n", "m.yaml"));
        Assert.Contains("lbz", e.Message, StringComparison.Ordinal);
        Assert.Equal(21, e.Location?.Line);
    }

    [Fact]
    public void Parse_FullModel_ReadsEverySection()
    {
        var m = ModelParser.Parse(Minimal);
        Assert.Equal(LinkType.Link, m.LinkType);
        Assert.Equal(new ColumnRef("record_id", "tumour_id"), m.UniqueId);
        Assert.Equal("bsn", m.Deterministic[0].Name);
        Assert.Equal(KeyTransform.Prefix, m.Blocking[1].Keys[0].Transform);
        Assert.Equal(4, m.Blocking[1].Keys[0].Length);
        Assert.Equal("within a month", m.Comparisons[0].Levels[1].Label);
        Assert.Equal(4, m.Comparisons[0].LevelCount);
        Assert.Equal(1_000_000, m.Training.UMaxPairs);
        Assert.Equal(0.001, m.Training.Prior);
        Assert.Equal(8.0 / 9.0, m.Decision.MatchProbability, 12);
        Assert.Equal(ClusteringMethod.BestLink, m.Decision.Clustering);
        Assert.Equal(m.Blocking, m.EmSessions);
    }

    [Theory]
    [InlineData("name: x\nblocking: [[a]]\ncomparisons:\n  - column: a\n    levels: [{type: jaro_winkler}]\n", "needs 'threshold'", 5)]
    [InlineData("name: x\nblocking: [[a]]\ncomparisons:\n  - column: a\n    levels: [{type: fuzzy}]\n", "Unknown level type 'fuzzy'", 5)]
    [InlineData("name: x\nblocking: [[a]]\ncomparisons:\n  - column: a\n    levles: [exact]\n", "Unknown key 'levles'", 5)]
    [InlineData("name: x\nblocking: [[a]]\ncomparisons:\n  - column: a\n    levels: [{type: damerau_levenshtein, max: 1, rare_max_count: 0}]\n", "rare_max_count must be >= 1", 5)]
    [InlineData("name: x\ncomparisons: []\n", "needs 'blocking'", 1)]
    [InlineData("name: x\nblocking: [[a]\n", "Not valid YAML", 3)]
    public void Parse_BadModel_FailsNamingTheLine(string yaml, string message, int line)
    {
        var e = Assert.Throws<ConfigurationException>(() => ModelParser.Parse(yaml, "bad.yaml"));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.Equal("bad.yaml", e.Location?.File);
        Assert.Equal(line, e.Location?.Line);
    }

    [Fact]
    public void ParameterHash_LevelChange_ChangesHash()
    {
        var a = ModelParser.Parse(Minimal);
        var b = ModelParser.Parse(Minimal.Replace("days: 30", "days: 31", StringComparison.Ordinal));
        var c = ModelParser.Parse(Minimal.Replace("seed: 7", "seed: 8", StringComparison.Ordinal));
        Assert.NotEqual(a.ParameterHash(), b.ParameterHash());
        Assert.Equal(a.ParameterHash(), c.ParameterHash());
    }

    [Fact]
    public void Parse_RareMaxCount_ReadsItLabelsTheLevelAndChangesTheHash()
    {
        var plain = ModelParser.Parse(Minimal.Replace("{type: date_within, days: 30, label: within a month}", "{type: damerau_levenshtein, max: 1}", StringComparison.Ordinal));
        var rare = ModelParser.Parse(Minimal.Replace("{type: date_within, days: 30, label: within a month}", "{type: damerau_levenshtein, max: 1, rare_max_count: 2}", StringComparison.Ordinal));
        Assert.Equal(-1, plain.Comparisons[0].Levels[1].RareMaxCount);
        Assert.Equal(2, rare.Comparisons[0].Levels[1].RareMaxCount);
        Assert.Equal("damerau_levenshtein <= 1, rarer value <= 2x", rare.Comparisons[0].Levels[1].Label);
        Assert.NotEqual(plain.ParameterHash(), rare.ParameterHash());
    }
}
