using Registry.Etl.Core.Data;
using Registry.Etl.Linkage;
using Registry.Etl.Linkage.Model;
using Registry.Etl.Linkage.Results;
using Registry.Etl.Pipeline.Stages.Link;

namespace Registry.Etl.Pipeline.Tests.Stages;

/// <summary>
/// <see cref="ModelColumns"/> over the repository's pipeline models on the committed sample: linking tables
/// reduced to exactly the columns it names (after the model's per-source aliases) gives the same parameters
/// and pairs as linking every standardised column, so the link stage may read only those.
/// </summary>
public sealed class ModelColumnsSampleTests
{
    private static readonly string Root = FindRoot();
    private static readonly Lazy<Dictionary<string, Table>> Tables = new(() =>
        new[] { "dcra", "dhba", "nkr", "lbz" }.ToDictionary(s => s, s => SampleIngest.Read(Root, s), StringComparer.Ordinal));

    public static TheoryData<string, string> ModelRuns()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Root, "pipelines", "linkage"), "*.yaml").Order(StringComparer.Ordinal))
        {
            foreach (var left in ModelParser.Parse(File.ReadAllText(file), file).Pipeline!.Left)
            {
                data.Add(Path.GetFileName(file), left);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ModelRuns))]
    public void Link_TablesOfExactlyTheModelColumns_GiveTheResultOfEveryColumn(string file, string source)
    {
        var model = ModelParser.Parse(File.ReadAllText(Path.Combine(Root, "pipelines", "linkage", file)), file);
        var spec = model.Pipeline!;
        var aliases = spec.Columns.GetValueOrDefault(source);
        var (leftColumns, rightColumns) = ModelColumns.Of(model);
        var fullLeft = Tables.Value[source];
        var fullRight = spec.Right is null ? null : Tables.Value[spec.Right];

        var readLeft = leftColumns
            .Select(c => aliases is not null && aliases.TryGetValue(c, out var from) ? from : c)
            .OfType<string>()
            .Where(fullLeft.Schema.Contains)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var left = LinkInputs.WithAliases(Project(fullLeft, readLeft), aliases);
        var right = fullRight is null ? null : Project(fullRight, [.. rightColumns.Where(fullRight.Schema.Contains)]);
        Assert.True(left.Columns.Count < LinkInputs.WithAliases(fullLeft, aliases).Columns.Count, "the model reads fewer columns than the source has");

        var options = new LinkageOptions { MaxDegreeOfParallelism = 2 };
        var expected = Linker.Run(model, LinkInputs.WithAliases(fullLeft, aliases), fullRight, options);
        var actual = Linker.Run(model, left, right, options);

        Assert.Equal(LinkageParametersJson.Write(expected.Parameters), LinkageParametersJson.Write(actual.Parameters));
        Assert.True(expected.Pairs.Count > 0);
        Assert.Equal(expected.Pairs.Left, actual.Pairs.Left);
        Assert.Equal(expected.Pairs.Right, actual.Pairs.Right);
        Assert.Equal(expected.Pairs.Weight, actual.Pairs.Weight);
        Assert.Equal(expected.Pairs.Match, actual.Pairs.Match);
    }

    private static Table Project(Table table, IReadOnlyList<string> names) =>
        new(new TableSchema(names.Select(n => table.Schema[n])), [.. names.Select(n => table[n])]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Registry.Etl.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found.");
    }
}
