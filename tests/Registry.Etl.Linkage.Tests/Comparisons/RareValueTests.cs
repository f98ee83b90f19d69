using Registry.Etl.Core.Data;
using Registry.Etl.Linkage.Comparisons;
using Registry.Etl.Linkage.Data;
using Registry.Etl.Linkage.Model;

namespace Registry.Etl.Linkage.Tests.Comparisons;

/// <summary>rare_max_count: a fuzzy level split by how often the rarer of the two values occurs in the inputs.</summary>
public sealed class RareValueTests
{
    private const string ModelYaml = """
        name: rare
        link_type: dedupe
        blocking: [[name]]
        comparisons:
          - column: name
            levels:
              - exact
              - {type: damerau_levenshtein, max: 1, rare_max_count: 1, label: typo}
              - {type: damerau_levenshtein, max: 1, label: other name}
        """;

    // UWE x3, UTE x2, HANS x2, HRANS x1 (a typo of HANS), null x1
    private static readonly string?[] Names = ["UWE", "UWE", "UWE", "UTE", "UTE", "HANS", "HANS", "HRANS", null];

    [Theory]
    [InlineData(5, 7, 2)] // HANS / HRANS: HRANS occurs once -> typo
    [InlineData(7, 6, 2)] // the same, either order
    [InlineData(0, 3, 3)] // UWE / UTE: both common -> the plain level
    [InlineData(3, 2, 3)]
    [InlineData(0, 1, 1)] // exact comes first
    [InlineData(0, 5, 4)] // no fuzzy agreement -> else
    [InlineData(7, 8, 0)] // null
    public void Level_RareMaxCount_HoldsOnlyWhenTheRarerValueIsRare(int left, int right, int expected)
    {
        var comparison = Compile(Names);
        Assert.Equal(expected, comparison.Level(left, right));
    }

    [Fact]
    public void Level_RareMaxCount_CountsOccurrencesInTheInputs()
    {
        // a second HRANS: now neither value is rare, so the pair is on the plain level
        var comparison = Compile([.. Names, "HRANS"]);
        Assert.Equal(3, comparison.Level(5, 7));
    }

    private static CompiledComparison Compile(string?[] names)
    {
        var b = new TableBuilder(new TableSchema([new ColumnSchema("name", ColumnKind.String)]));
        foreach (var n in names)
        {
            b.AddRow(n);
        }

        var data = new InputData(b.Build(), null, LinkType.Dedupe);
        return new CompiledComparison(ModelParser.Parse(ModelYaml).Comparisons[0], data, ComparatorRegistry.CreateDefault());
    }
}
