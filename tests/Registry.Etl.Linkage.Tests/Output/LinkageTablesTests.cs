using System.Text;
using Registry.Etl.Linkage.Model;
using Registry.Etl.Linkage.Output;

namespace Registry.Etl.Linkage.Tests.Output;

/// <summary>
/// The output tables are a public contract (their Parquet schemas): the column names and kinds are
/// snapshotted in Approved/linkage-outputs.approved.txt, so a change needs a reviewed update of that file.
/// </summary>
public sealed class LinkageTablesTests
{
    [Fact]
    public void Build_OutputSchemas_MatchTheApprovedFile()
    {
        var (left, right, _, _) = LinkerTests.People(300, seed: 2);
        var model = ModelParser.Parse("""
            name: schema
            link_type: link
            unique_id: key
            deterministic: [[key]]
            blocking: [[dob]]
            comparisons:
              - {column: surname, levels: [{type: exact, term_frequency: true}]}
              - {column: sex, levels: [exact]}
            """);
        var tables = LinkageTables.Build(Linker.Run(model, left, right), left, right);
        var text = new StringBuilder();
        foreach (var name in LinkageTables.Names)
        {
            text.Append(name).Append('\n');
            foreach (var c in tables[name].Schema)
            {
                text.Append("  ").Append(c.Name).Append(": ").Append(c.Kind).Append(c.Nullable ? "?" : string.Empty).Append('\n');
            }
        }

        var approved = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Approved", "linkage-outputs.approved.txt")).ReplaceLineEndings("\n");
        Assert.Equal(approved, text.ToString());
    }

    [Fact]
    public void Build_Pairs_CarryIdsNotComparedValues()
    {
        var (left, right, _, _) = LinkerTests.People(200, seed: 3);
        var model = ModelParser.Parse("name: p\nlink_type: link\nblocking: [[dob]]\ncomparisons:\n  - {column: surname, levels: [exact]}\n");
        var pairs = LinkageTables.Build(Linker.Run(model, left, right), left, right)["pairs"];
        Assert.DoesNotContain(pairs.Schema, c => c.Name is "surname" or "dob");
        var surnames = left.GetString("surname");
        var labels = pairs.GetString("label_surname");
        for (var i = 0; i < pairs.RowCount; i++)
        {
            Assert.DoesNotContain(labels[i], surnames.Values.ToArray());
        }
    }
}
