using Registry.Etl.Core.Errors;
using Registry.Etl.Linkage.Model;

namespace Registry.Etl.Linkage.Tests.Model;

/// <summary><c>pipeline.right_rows</c> and <see cref="ModelColumns"/> (the columns a model reads, per side).</summary>
public sealed class RightRowsAndColumnsTests
{
    private const string Link = """
        name: m
        link_type: link
        unique_id: {left: record_id, right: tumour_id}
        deterministic:
          - {name: bsn, keys: [person_key]}
        blocking:
          - [dob_key]
          - {name: pc_year, keys: [{column: pc6_key, transform: prefix, length: 4}, {column: {left: birth_year, right: year_of_birth}}]}
        comparisons:
          - name: date
            column: {left: operation_date, right: surgery_date}
            levels:
              - exact
              - {type: expression, label: swapped, expression: "l.dob_swap_key = r.dob_key and r.code != 'l.not_a_column'"}
              - {type: numeric_within, column: birth_year, tolerance: 1}
        training:
          em_sessions:
            - [sex]
        """;

    private const string Pipeline = "\npipeline:\n  left: dcra\n  right: lbz\n";

    [Fact]
    public void Parse_RightRows_DefaultsToAllAndReadsBlocked()
    {
        Assert.False(ModelParser.Parse(Link + Pipeline).Pipeline!.RightRowsBlocked);
        Assert.False(ModelParser.Parse(Link + Pipeline + "  right_rows: all\n").Pipeline!.RightRowsBlocked);
        Assert.True(ModelParser.Parse(Link + Pipeline + "  right_rows: blocked\n").Pipeline!.RightRowsBlocked);
    }

    [Fact]
    public void Parse_RightRowsUnknownValue_FailsNamingIt()
    {
        var e = Assert.Throws<ConfigurationException>(() => ModelParser.Parse(Link + Pipeline + "  right_rows: some\n", "m.yaml"));
        Assert.Contains("right_rows", e.Message, StringComparison.Ordinal);
        Assert.Contains("'some'", e.Message, StringComparison.Ordinal);
        Assert.NotNull(e.Location);
    }

    [Fact]
    public void Parse_RightRowsBlockedOnADedupeModel_Fails()
    {
        var dedupe = Link.Replace("link_type: link", "link_type: dedupe", StringComparison.Ordinal)
            .Replace("unique_id: {left: record_id, right: tumour_id}", "unique_id: record_id", StringComparison.Ordinal);
        Assert.Null(ModelParser.Parse(dedupe + "\npipeline:\n  left: dcra\n").Pipeline!.Right);

        var e = Assert.Throws<ConfigurationException>(() => ModelParser.Parse(dedupe + "\npipeline:\n  left: dcra\n  right_rows: blocked\n"));
        Assert.Contains("right_rows", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_InlineModel_IsEveryColumnReadPerSide()
    {
        var (left, right) = ModelColumns.Of(ModelParser.Parse(Link));

        // unique id, deterministic, blocking (both sides of a pair), comparison, level column, l.x/r.x of an
        // expression (both sides) and the EM session key; not the text of a string literal
        Assert.Equal(["birth_year", "code", "dob_key", "dob_swap_key", "operation_date", "pc6_key", "person_key", "record_id", "sex"], left);
        Assert.Equal(["birth_year", "code", "dob_key", "dob_swap_key", "pc6_key", "person_key", "sex", "surgery_date", "tumour_id", "year_of_birth"], right);
    }

    [Fact]
    public void Of_RepositoryModels_IncludesTheExpressionColumns()
    {
        var lbz = ModelColumns.Of(Repository("hospital-lbz.yaml"));
        Assert.Contains("dob_swap_key", lbz.Left);
        Assert.Contains("admission_id", lbz.Right);
        Assert.DoesNotContain("source_key", lbz.Right);

        var nkr = ModelColumns.Of(Repository("dhba-nkr.yaml"));
        Assert.Contains("surgery_date", nkr.Left);
        foreach (var column in new[] { "topography", "incidence_date", "recurrence_type", "recurrence_date" })
        {
            Assert.Contains(column, nkr.Right);
        }
    }

    private static LinkageModel Repository(string file) =>
        ModelParser.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Models", file)), file);
}
