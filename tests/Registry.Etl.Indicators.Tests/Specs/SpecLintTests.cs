using Registry.Etl.Core.Errors;
using Registry.Etl.Indicators.Catalog;
using Registry.Etl.Indicators.Linting;
using Registry.Etl.Indicators.Specs;
using Registry.Etl.Indicators.Tests.Support;

namespace Registry.Etl.Indicators.Tests.Specs;

public sealed class SpecLintTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "registry-etl-speclint-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, true);
        }
    }

    [Fact]
    public void Lint_RepositorySpecs_HaveNoIssues()
    {
        var issues = SpecLinter.Lint(Repository.Specs);
        Assert.True(issues.Count == 0, string.Join("\n", issues));
    }

    [Fact]
    public void Catalog_RepositorySpecs_HoldTwoVersionsOfTheLymphNodeIndicator()
    {
        var catalog = SpecCatalog.Load(Repository.Specs);
        Assert.Equal(10, catalog.Resolve("dcra-lymph-nodes@1").Parameters["threshold"]);
        Assert.Equal(12, catalog.Resolve("dcra-lymph-nodes@2").Parameters["threshold"]);
        Assert.Throws<ConfigurationException>(() => catalog.Resolve("dcra-lymph-nodes@3"));
    }

    [Fact]
    public void Parse_UnknownKey_NamesFileLineAndColumn()
    {
        var text = Original().Replace("type: proportion", "type: proportion\nnumerater: x", StringComparison.Ordinal);
        var e = Assert.Throws<ConfigurationException>(() => SpecParser.Parse(text, "x/v1.yaml"));
        var line = text.Split('\n').ToList().FindIndex(l => l.StartsWith("numerater", StringComparison.Ordinal)) + 1;
        Assert.Equal(new SourceLocation("x/v1.yaml", line, 1), e.Location);
        Assert.Contains("Unknown key 'numerater'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadChoice_NamesTheValuesPosition()
    {
        var text = Original().Replace("ci_method: wilson", "ci_method: wald", StringComparison.Ordinal);
        var e = Assert.Throws<ConfigurationException>(() => SpecParser.Parse(text, "x/v1.yaml"));
        var line = text.Split('\n').ToList().FindIndex(l => l.StartsWith("ci_method", StringComparison.Ordinal)) + 1;
        Assert.Equal(new SourceLocation("x/v1.yaml", line, 12), e.Location);
    }

    [Fact]
    public void Parse_ExpressionOrigins_PointAtTheirFirstCharacter()
    {
        var spec = SpecParser.Parse(Original(), "x/v1.yaml");
        var lines = SpecHash.Canonical(Original()).Split('\n');
        var numerator = spec.Numerator!;
        Assert.Equal(numerator.Text, lines[numerator.Origin.Line - 1][(numerator.Origin.Column - 1)..].TrimEnd());
        Assert.Equal(spec.Population.Text[..10], lines[spec.Population.Origin.Line - 1].Substring(spec.Population.Origin.Column - 1, 10));
    }

    [Fact]
    public void Lint_ChangedPublishedVersion_FailsAgainstTheLock()
    {
        Copy();
        var path = Path.Combine(_root, "dcra-lymph-nodes", "v1.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("threshold: 10", "threshold: 11", StringComparison.Ordinal));
        var issues = SpecLinter.Lint(_root);
        var issue = Assert.Single(issues);
        Assert.Equal("published-changed", issue.Code);
        Assert.Equal("indicator-specs/dcra-lymph-nodes/v1.yaml", issue.Location.File.Replace(Path.GetFileName(_root), "indicator-specs", StringComparison.Ordinal));
    }

    [Fact]
    public void Lint_FolderAndFileName_MustMatchIdAndVersion()
    {
        Copy();
        File.Move(Path.Combine(_root, "dcra-lymph-nodes", "v2.yaml"), Path.Combine(_root, "dcra-lymph-nodes", "v3.yaml"));
        Directory.Move(Path.Combine(_root, "dcra-volume"), Path.Combine(_root, "dcra-count"));
        var codes = SpecLinter.Lint(_root).Select(i => i.Code).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["id-folder-mismatch", "version-file-mismatch"], codes);
    }

    [Fact]
    public void Lint_NewPublishedVersion_MustBeLockedAndUpdateLockAddsIt()
    {
        Copy();
        var v2 = File.ReadAllText(Path.Combine(_root, "dcra-crm-positive", "v1.yaml"))
            .Replace("version: 1\n", "version: 2\n", StringComparison.Ordinal)
            .Replace("changelog:\n", "changelog:\n  - version: 2\n    date: 2025-03-01\n    change: Test.\n", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_root, "dcra-crm-positive", "v2.yaml"), v2);
        Assert.Equal("not-locked", Assert.Single(SpecLinter.Lint(_root)).Code);
        Assert.Equal(["dcra-crm-positive@2"], SpecLinter.UpdateLock(_root));
        Assert.Empty(SpecLinter.Lint(_root));
    }

    private static string Original() => File.ReadAllText(Path.Combine(Repository.Specs, "dcra-lymph-nodes", "v1.yaml"));

    private void Copy()
    {
        foreach (var file in Directory.GetFiles(Repository.Specs, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_root, Path.GetRelativePath(Repository.Specs, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
