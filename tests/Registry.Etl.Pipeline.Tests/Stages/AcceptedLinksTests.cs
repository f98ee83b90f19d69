using Registry.Etl.Core.Data;
using Registry.Etl.Linkage;
using Registry.Etl.Linkage.Model;
using Registry.Etl.Linkage.Output;
using Registry.Etl.Pipeline.Stages.Link;
using Registry.Etl.Pipeline.Tables;

namespace Registry.Etl.Pipeline.Tests.Stages;

/// <summary>
/// When a run read only some right rows (<c>right_rows: blocked</c>), the accepted links name the right
/// record by its row number in the ingest file, not by its position among the rows read.
/// </summary>
public sealed class AcceptedLinksTests
{
    private const string Model = """
        name: persons
        link_type: link
        unique_id: {left: id, right: rid}
        blocking:
          - [dob]
          - [name]
        comparisons:
          - column: name
            levels: [exact]
          - column: dob
            levels: [exact]
          - column: sex
            levels: [exact]
        """;

    [Fact]
    public void Add_RunOverSomeRightRows_GivesFileRowNumbersOfTheRightIds()
    {
        var (left, right) = Persons(400, seed: 8);
        var rows = Enumerable.Range(0, right.RowCount).Where(j => j % 3 != 1).ToArray();
        var read = TableRows.Pick(right, rows);
        var result = Linker.Run(ModelParser.Parse(Model), left, read);
        var pairs = LinkageTables.Build(result, left, read)["pairs"];

        var accepted = new AcceptedLinks();
        accepted.Add("a", result, pairs, rows);
        var links = accepted.Build();

        Assert.True(links.RowCount > 100, $"{links.RowCount} links");
        var rid = right.GetString("rid");
        var id = left.GetString("id");
        var rightRow = links.Get<int>("right_row");
        var leftRow = links.Get<int>("left_row");
        for (var i = 0; i < links.RowCount; i++)
        {
            Assert.Equal(rid[rightRow[i]], links.GetString("right_id")[i]);
            Assert.Equal(id[leftRow[i]], links.GetString("left_id")[i]);
            Assert.Contains(rightRow[i], rows);
        }

        // most links are of the same person (right ids carry the left person's number)
        var same = Enumerable.Range(0, links.RowCount).Count(i => rid[rightRow[i]]!.Split('-')[0] == id[leftRow[i]]);
        Assert.True(same >= 0.9 * links.RowCount, $"{same} of {links.RowCount}");
    }

    /// <summary>Left persons; right: 70% of them again (id "p{i}-c") among unrelated persons ("q{k}-x").</summary>
    private static (Table Left, Table Right) Persons(int n, int seed)
    {
        var rng = new Random(seed);
        var schema = new TableSchema([new("id", ColumnKind.String), new("name", ColumnKind.String), new("dob", ColumnKind.Date), new("sex", ColumnKind.String)]);
        var rightSchema = new TableSchema([new("rid", ColumnKind.String), new("name", ColumnKind.String), new("dob", ColumnKind.Date), new("sex", ColumnKind.String)]);
        var left = new TableBuilder(schema);
        var right = new TableBuilder(rightSchema);
        for (var i = 0; i < n; i++)
        {
            var name = $"name{rng.Next(n * 2)}";
            var dob = new DateOnly(1930, 1, 1).AddDays(rng.Next(20_000));
            var sex = rng.Next(2) == 0 ? "m" : "f";
            left.AddRow($"p{i}", name, dob, sex);
            if (rng.Next(10) < 7)
            {
                right.AddRow($"p{i}-c", name, rng.Next(10) == 0 ? dob.AddDays(1) : dob, sex);
            }

            if (rng.Next(2) == 0)
            {
                right.AddRow($"q{i}-x", $"name{rng.Next(n * 2)}", new DateOnly(1930, 1, 1).AddDays(rng.Next(20_000)), rng.Next(2) == 0 ? "m" : "f");
            }
        }

        return (left.Build(), right.Build());
    }
}
