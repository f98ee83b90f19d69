using System.Text.RegularExpressions;
using Registry.Etl.Core.Data;
using Registry.Etl.Core.Errors;
using Registry.Etl.Indicators.Expressions;

namespace Registry.Etl.Indicators.Tests.Expressions;

/// <summary>The examples in indicator-specs/README.md compile (the reference must stay true).</summary>
public sealed partial class ReadmeExamplesTests
{
    private static readonly TableSchema Dcra = new(
    [
        new ColumnSchema("age", ColumnKind.Int32),
        new ColumnSchema("asa", ColumnKind.Int32),
        new ColumnSchema("tumour_site", ColumnKind.String),
        new ColumnSchema("urgency", ColumnKind.Int32),
        new ColumnSchema("clavien_dindo", ColumnKind.Int32),
        new ColumnSchema("died_in_hospital", ColumnKind.Boolean),
        new ColumnSchema("death_date_any", ColumnKind.Date),
        new ColumnSchema("operation_date", ColumnKind.Date),
        new ColumnSchema("discharge_date", ColumnKind.Date),
        new ColumnSchema("nodes_examined", ColumnKind.Int32),
    ]);

    private static readonly ExpressionEnvironment Environment = new(
        Dcra,
        new Dictionary<string, IReadOnlyList<string>> { ["colon_sites"] = ["C180"], ["crc_groups"] = ["C18"] },
        new Dictionary<string, object> { ["node_threshold"] = 10, ["extra"] = "C19" });

    public static TheoryData<string> Examples()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "indicator-specs", "README.md"));
        var data = new TheoryData<string>();
        foreach (var heading in new[] { "### At a glance", "### Codes: exact lists and prefixes" })
        {
            var section = readme[readme.IndexOf(heading, StringComparison.Ordinal)..];
            var block = CodeBlock().Match(section).Groups[1].Value;
            foreach (var line in block.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                data.Add(line);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_Compiles(string line)
    {
        var compiled = ExpressionCompiler.Compile(line, Environment, new SourceLocation("README.md", 1, 1));
        Assert.NotEmpty(compiled.Columns);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Registry.Etl.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Registry.Etl.sln not found above the test directory.");
    }

    [GeneratedRegex("```\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();
}
