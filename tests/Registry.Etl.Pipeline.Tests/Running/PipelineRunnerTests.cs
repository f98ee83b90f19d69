using Registry.Etl.Pipeline.Publishing;
using Registry.Etl.Pipeline.Running;
using Registry.Etl.Pipeline.TestHost;

namespace Registry.Etl.Pipeline.Tests.Running;

public sealed class PipelineRunnerTests
{
    private const string Ingest = "- standardise\n- aggregate";

    [Fact]
    public async Task Run_OneExportChanged_ReparsesOnlyThatFile()
    {
        using var ws = TestWorkspace.Create();
        var pipeline = ws.WritePipeline(Ingest);
        await TestRuns.RunAsync(pipeline, TestRuns.Day1);
        ws.WriteExport("lbz", "h1/lbz_2025-02-01.csv", TestWorkspace.Rows(999, 25));

        var second = await TestRuns.RunAsync(pipeline, TestRuns.Day1);

        var entry = await TestRuns.CatalogEntryAsync(ws.StateDirectory, second.CatalogKey);
        Assert.Equal(["lbz/h1/lbz_2025-02-01.csv"], entry.Inputs.Where(i => !i.FromCache).Select(i => $"{i.Source}/{i.Path}"));
        Assert.Equal(1, entry.Metrics.Single(m => m.Name == "files_parsed").Value);
        Assert.Equal(5, entry.Metrics.Single(m => m.Name == "files_from_cache").Value);
        var changed = second.Manifest!.Inputs.Single(i => i.Path == "h1/lbz_2025-02-01.csv");
        Assert.Equal(25, changed.RowsRead);
    }

    [Fact]
    public async Task Run_Manifest_AccountsForEveryRowAndMatchesCatalog()
    {
        using var ws = TestWorkspace.Create();
        var outcome = await TestRuns.RunAsync(ws.WritePipeline(Ingest), TestRuns.Day1);

        var manifest = TestRuns.AssertComplete(outcome.PublishedDirectory!);
        Assert.Equal(6, manifest.Inputs.Count);
        Assert.All(manifest.Inputs, i => Assert.Equal(i.RowsRead, i.RowsAccepted + i.RowsQuarantined));
        Assert.Contains(manifest.Inputs, i => i.RowsQuarantined > 0);
        Assert.Equal(["contract", "contract", "indicator", "indicator", "contract", "contract"], manifest.Specs.Select(s => s.Kind));
        Assert.All(manifest.Specs.Where(s => s.Kind == "indicator"), s => Assert.NotNull(s.Sha256)); // the stage's hash replaced the pin's null

        var entry = await TestRuns.CatalogEntryAsync(ws.StateDirectory, outcome.CatalogKey);
        Assert.Equal("succeeded", entry.Run.Status);
        Assert.Equal(0, entry.Run.ExitCode);
        Assert.Equal(outcome.RunId, entry.Run.RunId);
        Assert.Equal(manifest.Outputs.Select(o => (o.Path, o.Sha256, o.Rows)), entry.Outputs.Select(o => (o.Path, o.Sha256, o.Rows)));
        Assert.Equal(manifest.Inputs.Select(i => (i.Path, i.Sha256, i.RowsQuarantined)), entry.Inputs.Select(i => (i.Path, i.Sha256, i.RowsQuarantined)));
        Assert.Equal(["standardise", "aggregate"], entry.Stages.Select(s => s.Name));
        Assert.All(entry.Stages, s => Assert.Equal("succeeded", s.Status));
    }

    [Fact]
    public async Task Run_StageFails_PublishesNothingAndKeepsPreviousOutputs()
    {
        using var ws = TestWorkspace.Create();
        var good = await TestRuns.RunAsync(ws.WritePipeline(Ingest), TestRuns.Day1);
        var before = TestRuns.Files(good.PublishedDirectory!);

        var failing = ws.WritePipeline("- standardise\n- name: fail\n  options: { mode: permanent }", fileName: "failing.yaml");
        var outcome = await TestRuns.RunAsync(failing, TestRuns.Day2);

        Assert.Equal(RunStatus.Failed, outcome.Status);
        Assert.Equal(ExitCodes.Failure, outcome.ExitCode);
        Assert.Null(outcome.PublishedDirectory);
        Assert.Equal(good.PublishedDirectory, new OutputLayout(ws.OutputDirectory).CurrentTarget());
        Assert.Equal(before, TestRuns.Files(good.PublishedDirectory!));
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(ws.OutputDirectory, ".staging")));
        var entry = await TestRuns.CatalogEntryAsync(ws.StateDirectory, outcome.CatalogKey);
        Assert.Equal("failed", entry.Run.Status);
        Assert.Contains("permanent", entry.Run.Error, StringComparison.Ordinal);
        Assert.Equal("failed", entry.Stages.Single(s => s.Name == "fail").Status);
    }

    [Fact]
    public async Task Run_UnknownStage_IsAConfigurationError()
    {
        using var ws = TestWorkspace.Create();
        var outcome = await TestRuns.RunAsync(ws.WritePipeline("- standardise\n- nonsense"), TestRuns.Day1);

        Assert.Equal(RunStatus.ConfigError, outcome.Status);
        Assert.Equal(ExitCodes.Configuration, outcome.ExitCode);
        Assert.Contains("'nonsense' is not available", outcome.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("test.yaml:", outcome.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_BadFile_PublishesWithDataProblemAndExitCode1()
    {
        using var ws = TestWorkspace.Create();
        ws.WriteExport("dcra", "h9/dcra_broken.csv", "ziekenhuis;waarde\n06010001;1\n");
        var outcome = await TestRuns.RunAsync(ws.WritePipeline(Ingest), TestRuns.Day1);

        Assert.Equal(RunStatus.DataProblems, outcome.Status);
        Assert.Equal(ExitCodes.DataProblems, outcome.ExitCode);
        var manifest = TestRuns.AssertComplete(outcome.PublishedDirectory!);
        var problem = Assert.Single(manifest.Problems);
        Assert.Equal(("dcra", "h9/dcra_broken.csv", "file-failed"), (problem.Source, problem.File, problem.Code));
        Assert.Contains("dcra/h9/dcra_broken.csv:1", problem.Message, StringComparison.Ordinal);
        Assert.Equal("data_problems", manifest.Status);
    }

    [Fact]
    public async Task Run_QuarantineAboveThreshold_HeldBackWhenPolicySaysSo()
    {
        using var ws = TestWorkspace.Create();
        var strict = ws.WritePipeline(Ingest, quality: "max_quarantined_fraction: 0.0\npublish_on_data_problems: false");
        var outcome = await TestRuns.RunAsync(strict, TestRuns.Day1);

        Assert.Equal(RunStatus.Rejected, outcome.Status);
        Assert.Equal(ExitCodes.DataProblems, outcome.ExitCode);
        Assert.Null(outcome.PublishedDirectory);
        Assert.False(Directory.Exists(Path.Combine(ws.OutputDirectory, "runs")) && Directory.GetDirectories(Path.Combine(ws.OutputDirectory, "runs")).Length > 0);
        Assert.Equal(["quarantine-threshold", "quarantine-threshold"], outcome.Manifest!.Problems.Select(p => p.Code));
    }

    [Fact]
    public async Task Run_Cancelled_DiscardsStagingAndRecordsCancellation()
    {
        using var ws = TestWorkspace.Create();
        using var cts = new CancellationTokenSource();
        var outcome = await TestRuns.RunAsync(
            ws.WritePipeline("- standardise\n- name: sleep\n  options: { ms: \"20000\" }"),
            TestRuns.Day1,
            observer: new CancelWhenStageStarts("sleep", cts),
            cancellationToken: cts.Token);

        Assert.Equal(RunStatus.Cancelled, outcome.Status);
        Assert.Equal(ExitCodes.Failure, outcome.ExitCode);
        Assert.Null(new OutputLayout(ws.OutputDirectory).CurrentTarget());
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(ws.OutputDirectory, ".staging")));
        Assert.Equal("cancelled", (await TestRuns.CatalogEntryAsync(ws.StateDirectory, outcome.CatalogKey)).Run.Status);
    }

    [Fact]
    public async Task Run_MoreRunsThanRetention_KeepsNewestAndCurrent()
    {
        using var ws = TestWorkspace.Create(files: 1, rowsPerFile: 5);
        var pipeline = ws.WritePipeline("- standardise", keepRuns: 2);
        var published = new List<string>();
        for (var day = 1; day <= 4; day++)
        {
            published.Add((await TestRuns.RunAsync(pipeline, new DateOnly(2025, 3, day))).PublishedDirectory!);
        }

        var left = Directory.GetDirectories(Path.Combine(ws.OutputDirectory, "runs")).Order(StringComparer.Ordinal);
        Assert.Equal(published[2..].Order(StringComparer.Ordinal), left);
        Assert.Equal(published[3], new OutputLayout(ws.OutputDirectory).CurrentTarget());
    }

    [Fact]
    public async Task Run_StageWritesUndeclaredFile_Fails()
    {
        using var ws = TestWorkspace.Create(files: 1, rowsPerFile: 5);
        var stages = new Registry.Etl.Pipeline.Stages.StageCatalog().Add("sloppy", d => new SloppyStage(d));
        var outcome = await TestRuns.RunAsync(ws.WritePipeline("- sloppy"), TestRuns.Day1, stages: stages);

        Assert.Equal(RunStatus.Failed, outcome.Status);
        Assert.Contains("data/extra.txt", outcome.ErrorMessage, StringComparison.Ordinal);
        Assert.Null(new OutputLayout(ws.OutputDirectory).CurrentTarget());
    }

    /// <summary>Cancels the run as a stage starts: staging then holds the earlier stage's files.</summary>
    private sealed class CancelWhenStageStarts(string stage, CancellationTokenSource cts) : RunObserver
    {
        public override void OnStageStarted(int index, int count, string name)
        {
            if (name == stage)
            {
                cts.CancelAfter(TimeSpan.FromMilliseconds(100));
            }
        }
    }

    private sealed class SloppyStage(Registry.Etl.Pipeline.Definition.StageDeclaration declaration) : Registry.Etl.Pipeline.Stages.IPipelineStage
    {
        public string Name => declaration.Name;

        public IReadOnlyList<string> Inputs => [];

        public async Task<Registry.Etl.Pipeline.Stages.StageResult> RunAsync(Registry.Etl.Pipeline.Stages.StageContext context, CancellationToken cancellationToken)
        {
            await File.WriteAllTextAsync(context.OutputPath("declared.txt"), "a", cancellationToken);
            await File.WriteAllTextAsync(context.OutputPath("extra.txt"), "b", cancellationToken);
            return new Registry.Etl.Pipeline.Stages.StageResult { Outputs = [new Registry.Etl.Pipeline.Stages.StageOutput("declared.txt", 1)] };
        }
    }
}
