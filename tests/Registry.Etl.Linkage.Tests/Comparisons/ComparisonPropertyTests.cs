using FsCheck;
using FsCheck.Fluent;
using Registry.Etl.Core.Data;
using Registry.Etl.Linkage.Comparisons;
using Registry.Etl.Linkage.Data;
using Registry.Etl.Linkage.Model;

namespace Registry.Etl.Linkage.Tests.Comparisons;

/// <summary>In dedupe mode the order of a pair must not matter: every comparison level and term-frequency term is symmetric.</summary>
public sealed class ComparisonPropertyTests
{
    private const string ModelYaml = """
        name: symmetry
        link_type: dedupe
        blocking: [[name]]
        comparisons:
          - column: name
            levels:
              - {type: exact, term_frequency: true}
              - {type: damerau_levenshtein, max: 1, term_frequency: true, rare_max_count: 1}
              - {type: damerau_levenshtein, max: 1, term_frequency: true}
              - {type: jaro_winkler, threshold: 0.8}
              - {type: jaccard, threshold: 0.5}
              - {type: prefix, length: 2}
              - {type: custom, comparator: soundex}
          - column: dob
            levels:
              - exact
              - {type: date_swap}
              - {type: date_within, days: 30}
              - {type: levenshtein, max: 2}
          - column: size
            levels:
              - {type: numeric_within, tolerance: 1}
              - {type: numeric_within, tolerance: 0.5, relative: true}
              - {type: expression, expression: "abs(l - r) <= 10 or l.name = r.name"}
        """;

    private static readonly string[] Names = ["anna", "anne", "ann", "jan", "jans", "piet", "pieter", "", "smit", "smith"];
    private static readonly string[] Dates = ["2001-03-04", "2001-04-03", "2001-03-05", "1999-12-31", "2001-13-40", ""];

    [Fact]
    public void Pattern_DedupePairs_IsSymmetric()
    {
        var model = ModelParser.Parse(ModelYaml);
        var records = Gen.Choose(0, 9).Three().Select(t => (t.Item1, t.Item2, t.Item3)).ArrayOf().Where(a => a.Length >= 2);
        Prop.ForAll(records.ToArbitrary(), rows =>
        {
            var table = Build(rows);
            var data = new InputData(table, null, LinkType.Dedupe);
            var set = new ComparisonSet([.. model.Comparisons.Select(c => new CompiledComparison(c, data, ComparatorRegistry.CreateDefault()))]);
            for (var i = 0; i < rows.Length; i++)
            {
                for (var j = 0; j < rows.Length; j++)
                {
                    var p = set.Pattern(i, j);
                    if (p != set.Pattern(j, i) || set.TfResidual(i, j, p) != set.TfResidual(j, i, p))
                    {
                        return false;
                    }
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    private static Table Build((int Name, int Date, int Size)[] rows)
    {
        var b = new TableBuilder(new TableSchema([new ColumnSchema("name", ColumnKind.String), new ColumnSchema("dob", ColumnKind.String), new ColumnSchema("size", ColumnKind.Int32)]));
        foreach (var (n, d, s) in rows)
        {
            b.AddRow(Names[n] is { Length: > 0 } name ? name : null, Dates[d % Dates.Length] is { Length: > 0 } date ? date : null, s * 3);
        }

        return b.Build();
    }
}
