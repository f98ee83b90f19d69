using FsCheck;
using FsCheck.Fluent;
using Registry.Etl.Core.Errors;
using Registry.Etl.Pipeline.Definition;
using Registry.Etl.Pipeline.TestHost;
using Registry.Etl.Scheduling;

namespace Registry.Etl.Pipeline.Tests.Definition;

public sealed class PipelineValidatorTests
{
    [Fact]
    public void Validate_FullFile_ReadsEverySectionWithResolvedPaths()
    {
        using var ws = TestWorkspace.Create(files: 1);
        var path = ws.WritePipeline(
            "- standardise\n- name: aggregate\n  options: { threshold: \"12.5\" }",
            schedule: "cron: \"0 30 2 * * ?\"\nmisfire: do_nothing\nmisfire_threshold: 00:20:00\nretry:\n  max_attempts: 5\n  initial_delay: 00:00:10",
            keepRuns: 7);

        var validation = PipelineLint.Validate(path);

        Assert.False(validation.HasErrors, string.Join("\n", validation.Issues));
        var p = validation.Pipeline!;
        Assert.Equal("test", p.Name);
        Assert.Equal(Path.Combine(ws.Root, "out"), p.OutputDirectory);
        Assert.Equal(Path.Combine(ws.Root, "state"), p.StateDirectory);
        Assert.Equal(["dcra", "lbz"], p.Sources.Select(s => s.Id));
        Assert.Equal(Path.Combine(ws.Root, "exports", "dcra"), p.Sources[0].ExportDirectory);
        Assert.Equal("**/*.csv", p.Sources[0].Pattern);
        Assert.Equal(["test-mean@1", "test-mean@2"], p.Indicators.Select(i => i.ToString()));
        Assert.Equal("12.5", p.Stages[1].Option("threshold"));
        Assert.Equal(7, p.Retention.KeepRuns);
        var s = p.Schedule!;
        Assert.Equal(("0 30 2 * * ?", "Europe/Amsterdam", MisfirePolicy.DoNothing, TimeSpan.FromMinutes(20)), (s.Cron, s.TimeZone, s.Misfire, s.MisfireThreshold));
        Assert.Equal((5, TimeSpan.FromSeconds(10)), (s.Retry.MaxAttempts, s.Retry.InitialDelay));
    }

    [Fact]
    public void Validate_ManyMistakes_ReportsEachWithItsLine()
    {
        using var ws = TestWorkspace.Create(files: 1);
        var path = Path.Combine(ws.Root, "bad.yaml");
        File.WriteAllText(path, """
            name: Bad Name
            schedule:
              cron: "every night"
              time_zone: Mars/Olympus
            sources:
              - id: dcra
                exports: exports/dcra
                contracts: nowhere
            indicators:
              - leakage
              - mortality@1
              - mortality@1
            stages:
              - standardise
              - standardise
            outputs:
              directory: out
              directroy: typo
            retention:
              keep_runs: 1
            """);

        var validation = PipelineLint.Validate(path);

        Assert.True(validation.HasErrors);
        var found = validation.Issues.Select(i => (i.Location.Line, i.Code)).ToHashSet();
        Assert.Contains((1, "pipeline-name"), found);
        Assert.Contains((3, "cron"), found);
        Assert.Contains((3, "time-zone"), found);
        Assert.Contains((6, "contracts-missing"), found);
        Assert.Contains((10, "indicator-pin"), found);
        Assert.Contains((12, "indicator-duplicate"), found);
        Assert.Contains((15, "stage-duplicate"), found);
        Assert.Contains((18, "unknown-key"), found);
        Assert.Contains((20, "out-of-range"), found);
        Assert.All(validation.Issues, i => Assert.Equal(path, i.Location.File));
    }

    [Fact]
    public void Load_FileWithErrors_ThrowsOneConfigurationErrorListingAll()
    {
        using var ws = TestWorkspace.Create(files: 1);
        var path = Path.Combine(ws.Root, "bad.yaml");
        File.WriteAllText(path, "name: x\nstages: []\n");

        var e = Assert.Throws<ConfigurationException>(() => PipelineLint.Load(path));

        Assert.Contains("'outputs' with a 'directory' is required", e.Message, StringComparison.Ordinal);
        Assert.Contains("no-stages", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_YamlSyntaxError_ReportsLineInsteadOfThrowing()
    {
        using var ws = TestWorkspace.Create(files: 1);
        var path = Path.Combine(ws.Root, "broken.yaml");
        File.WriteAllText(path, "name: x\nstages:\n  - a\n - b: [\n");

        var validation = PipelineLint.Validate(path);

        var issue = Assert.Single(validation.Issues);
        Assert.Equal("yaml-syntax", issue.Code);
        Assert.True(issue.Location.Line >= 3);
    }

    [Fact]
    public void Validate_OutputsInsideExports_IsAnError()
    {
        using var ws = TestWorkspace.Create(files: 1);
        var path = ws.WritePipeline("- standardise").Replace("test.yaml", "nested.yaml", StringComparison.Ordinal);
        File.WriteAllText(path, File.ReadAllText(ws.WritePipeline("- standardise")).Replace("directory: out", "directory: exports/dcra/out", StringComparison.Ordinal));

        Assert.Contains(PipelineLint.Validate(path).Issues, i => i.Code == "directories-overlap");
    }

    [Fact]
    public void RepositoryNightlyPipeline_Validates()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Registry.Etl.sln")))
        {
            root = root.Parent!;
        }

        var validation = PipelineLint.Validate(Path.Combine(root.FullName, "pipelines", "nightly.yaml"));

        Assert.False(validation.HasErrors, string.Join("\n", validation.Issues));
        Assert.Equal("nightly", validation.Pipeline!.Name);
        Assert.Equal("Europe/Amsterdam", validation.Pipeline.Schedule!.TimeZone);
    }

    [Fact]
    public void IndicatorPin_TryParse_RoundTripsValidPinsAndRejectsOthers()
    {
        var token = Gen.Elements("dcra-leakage", "mortality_30d", "v.1", "x", "A1").ToArbitrary();
        Prop.ForAll(token, token, (id, version) =>
        {
            var ok = IndicatorPin.TryParse($"{id}@{version}", default, out var pin);
            return ok && pin!.Id == id && pin.Version == version && pin.ToString() == $"{id}@{version}";
        }).QuickCheckThrowOnFailure();

        foreach (var bad in new[] { "", "x", "@1", "x@", "a@b@c", "a b@1", "a@1 " })
        {
            Assert.False(IndicatorPin.TryParse(bad, default, out _), bad);
        }
    }
}
