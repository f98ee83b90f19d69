using System.Text;
using Registry.Etl.Core.Errors;
using Registry.Etl.Ingest.Contracts;
using Registry.Etl.Ingest.Tests.Support;

namespace Registry.Etl.Ingest.Tests.Contracts;

public sealed class ContractLoaderTests
{
    private const string Minimal = """
        source: demo
        version: "1"
        valid_from: 2020-01-01
        file:
          name: '^demo_(?<date>[0-9]{4}-[0-9]{2}-[0-9]{2})\.csv$'
          name_date_format: yyyy-MM-dd
          export_date: day
          delimiter: ";"
          encoding: utf-8
          date_format: yyyy-MM-dd
          decimal: point
        key: [id]
        index_date: visit
        columns:
          - { raw: id, name: id, type: string, required: true }
          - { raw: dob, type: birth_date, identifying: true }
          - { raw: visit, name: visit_date, type: date }
          - { raw: n, name: n, type: int, range: [0, 10] }
        rules:
          - { column: dob, not_after: visit }
        """;

    [Theory]
    [InlineData("dcra")]
    [InlineData("dhba")]
    [InlineData("nkr")]
    [InlineData("lbz")]
    public void LoadDirectory_ShippedContracts_Load(string source)
    {
        var set = Repo.ContractsOf(source);

        Assert.Equal(source, set.Source);
        Assert.Contains("source_key", set.Schema.Select(c => c.Name));
    }

    [Fact]
    public void For_DhbaExportDate_PicksTheVersionValidThen()
    {
        var set = Repo.ContractsOf("dhba");

        Assert.Equal("2014", set.For(new DateOnly(2017, 12, 31))!.Version);
        Assert.Equal("2018", set.For(new DateOnly(2018, 1, 1))!.Version);
        Assert.Null(set.For(new DateOnly(2013, 12, 31)));
        Assert.True(set.Versions[0].Find("ltp")!.Absent);
    }

    [Fact]
    public void FileNameRule_LbzMonth_IsDeliveredTheFirstDayOfTheNextMonth()
    {
        var rule = Repo.ContractsOf("lbz").Latest.FileName;

        Assert.True(rule.TryParse("lbz_2024-03.csv", out var date, out _));
        Assert.Equal(new DateOnly(2024, 4, 1), date);
        Assert.True(rule.TryParse("lbz_2024-12.csv", out date, out _));
        Assert.Equal(new DateOnly(2025, 1, 1), date);
        Assert.False(rule.TryParse("lbz_2024-13.csv", out _, out _));
    }

    [Fact]
    public void Load_Minimal_ReadsColumnsRulesAndHash()
    {
        var c = Load(Minimal);

        Assert.Equal("demo.v1", c.Id);
        Assert.Equal(4, c.Columns.Count);
        Assert.Equal(RuleKind.NotAfter, c.Rules.Single().Kind);
        Assert.Equal(64, c.Sha256.Length);
    }

    [Theory]
    [InlineData("  decimal: point", "  decimal: point\n  colour: red", 12, 3, "'colour' is not a key")]
    [InlineData("type: int, range", "type: integer, range", 18, 30, "Unknown type 'integer'")]
    [InlineData("not_after: visit", "not_after: vist", 20, 31, "'vist' is not such a column")]
    [InlineData("type: birth_date, identifying: true", "type: birth_date", 16, 5, "must be marked 'identifying: true'")]
    [InlineData("valid_from: 2020-01-01", "valid_from: 2020-02-30", 3, 13, "'valid_from' must be a date")]
    [InlineData("key: [id]", "key: [n]", 12, 7, "Key column 'n' must be a required")]
    [InlineData("  delimiter: \";\"", "  delimiter: \";;\"", 8, 14, "A delimiter is one character")]
    [InlineData("index_date: visit", "index_date: \"visit", 13, 13, "Not valid YAML")]
    public void Load_Mistake_FailsNamingFileLineAndColumn(string from, string to, int line, int column, string message)
    {
        var text = Minimal.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Minimal, text);

        var e = Assert.Throws<ConfigurationException>(() => Load(text));

        Assert.Equal("contracts/demo.v1.yaml", e.Location!.Value.File);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (e.Location.Value.Line, e.Location.Value.Column));
    }

    [Fact]
    public void Load_FileNamedAfterAnotherVersion_Fails()
    {
        var e = Assert.Throws<ConfigurationException>(() => ContractLoader.Load("demo.v2.yaml", Encoding.UTF8.GetBytes(Minimal)));

        Assert.Contains("must be named 'demo.v1.yaml'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ContractSet_VersionsWithDifferentColumns_Fail()
    {
        var v1 = Load(Minimal);
        var v2 = ContractLoader.Load(
            "contracts/demo.v2.yaml",
            Encoding.UTF8.GetBytes(Minimal.Replace("version: \"1\"", "version: \"2\"").Replace("2020-01-01", "2021-01-01").Replace("name: n,", "name: count,")));

        var e = Assert.Throws<ConfigurationException>(() => new ContractSet("demo", [v1, v2]));

        Assert.Contains("versions of a source must agree", e.Message, StringComparison.Ordinal);
    }

    private static SourceContract Load(string text) => ContractLoader.Load("contracts/demo.v1.yaml", Encoding.UTF8.GetBytes(text));
}
