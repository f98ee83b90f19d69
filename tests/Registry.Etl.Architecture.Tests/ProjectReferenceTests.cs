using System.Xml.Linq;

namespace Registry.Etl.Architecture.Tests;

/// <summary>
/// Keeps the layering of ../shared/design.md: a pure core, adapters at the edges, one composition root.
/// Reads the project files themselves, so a new reference must be allowed here on purpose.
/// </summary>
public sealed class ProjectReferenceTests
{
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Core"] = [],
        ["Statistics"] = [],
        ["Parquet"] = [],
        ["Linkage"] = ["Core"],
        ["Indicators"] = ["Core", "Statistics"],
        ["Synthetic"] = ["Core"],
        ["Ingest"] = ["Core", "Parquet"],
        ["Pipeline"] = ["Core", "Statistics", "Parquet", "Linkage", "Indicators", "Ingest"],
        ["Scheduling"] = ["Core", "Pipeline"],
        ["Cli"] = ["Core", "Statistics", "Parquet", "Linkage", "Indicators", "Synthetic", "Ingest", "Pipeline", "Scheduling"],
    };

    /// <summary>Pure projects do no I/O of their own, so they must not pull in I/O or hosting packages.</summary>
    private static readonly Dictionary<string, string[]> AllowedPackages = new(StringComparer.Ordinal)
    {
        ["Core"] = [],
        ["Statistics"] = ["MathNet.Numerics"],
        ["Parquet"] = [],
        ["Linkage"] = ["YamlDotNet"],
        ["Indicators"] = ["YamlDotNet", "MathNet.Numerics"],
        ["Synthetic"] = [],
        ["Ingest"] = ["CsvHelper", "YamlDotNet"],
    };

    public static TheoryData<string> SourceProjects()
    {
        var data = new TheoryData<string>();
        foreach (var name in Allowed.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void SourceTree_EveryProject_IsKnownToTheLayering()
    {
        var found = Directory.GetDirectories(Path.Combine(RepositoryRoot(), "src"))
            .Select(d => Path.GetFileName(d)!)
            .Where(n => n.StartsWith("Registry.Etl.", StringComparison.Ordinal))
            .Select(n => n["Registry.Etl.".Length..])
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(Allowed.Keys.Order(StringComparer.Ordinal).ToArray(), found);
    }

    [Theory]
    [MemberData(nameof(SourceProjects))]
    public void Project_References_OnlyAllowedProjects(string name)
    {
        var references = ReadProject(name)
            .Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value.Replace('\\', '/')))
            .Select(n => n["Registry.Etl.".Length..])
            .ToArray();

        var forbidden = references.Except(Allowed[name], StringComparer.Ordinal).ToArray();
        Assert.True(forbidden.Length == 0, $"{name} must not reference {string.Join(", ", forbidden)}.");
    }

    [Theory]
    [MemberData(nameof(SourceProjects))]
    public void PureProject_References_OnlyAllowedPackages(string name)
    {
        if (!AllowedPackages.TryGetValue(name, out var allowed))
        {
            return; // adapters and the composition root may use I/O packages
        }

        var packages = ReadProject(name)
            .Descendants("PackageReference")
            .Select(e => e.Attribute("Include")!.Value)
            .ToArray();

        var forbidden = packages.Except(allowed, StringComparer.Ordinal).ToArray();
        Assert.True(forbidden.Length == 0, $"{name} must not reference package {string.Join(", ", forbidden)}.");
    }

    [Fact]
    public void OnlyTheCli_IsAnExecutable()
    {
        foreach (var name in Allowed.Keys)
        {
            var outputType = ReadProject(name).Descendants("OutputType").Select(e => e.Value).FirstOrDefault();
            if (name == "Cli")
            {
                Assert.Equal("Exe", outputType);
            }
            else
            {
                Assert.True(outputType is null or "Library", $"{name} must be a library, is {outputType}.");
            }
        }
    }

    private static XDocument ReadProject(string name) =>
        XDocument.Load(Path.Combine(RepositoryRoot(), "src", $"Registry.Etl.{name}", $"Registry.Etl.{name}.csproj"));

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Registry.Etl.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Registry.Etl.sln not found above the test directory.");
    }
}
