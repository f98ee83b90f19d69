using Registry.Etl.Pipeline.Publishing;
using Registry.Etl.Pipeline.TestHost;

namespace Registry.Etl.Pipeline.Tests.EndToEnd;

/// <summary>The real run and runs commands, in a child process with test stages, output redirected.</summary>
public sealed class RunCommandTests
{
    [Fact]
    public async Task Run_Redirected_PlainProgressAndActionableSummaryWithoutAnsi()
    {
        using var ws = TestWorkspace.Create();
        var pipeline = ws.WritePipeline("- standardise\n- name: aggregate\n  options: { threshold: \"40\" }");

        var (exit, output, error) = await ChildProcess.RunAsync(ws.Root, "run", pipeline, "--as-of", "2025-03-01");

        Assert.True(exit == 0, error + output);
        Assert.DoesNotContain('\u001b', output);
        Assert.Contains("stage 1/2 standardise: started", output, StringComparison.Ordinal);
        Assert.Contains("phase switching current", output, StringComparison.Ordinal);
        var target = new OutputLayout(ws.OutputDirectory).CurrentTarget()!;
        Assert.Contains($"Outputs      {Path.Combine(ws.OutputDirectory, "current")} -> {target}", output, StringComparison.Ordinal);
        var manifest = TestRuns.AssertComplete(target);
        var read = manifest.Inputs.Sum(i => i.RowsRead);
        var quarantined = manifest.Inputs.Sum(i => i.RowsQuarantined);
        Assert.Contains($"Rows in      {read:N0} read, {read - quarantined:N0} accepted, {quarantined:N0} quarantined, from 6 files", output, StringComparison.Ordinal);
        foreach (var source in new[] { "dcra", "lbz" })
        {
            var q = manifest.Inputs.Where(i => i.Source == source).Sum(i => i.RowsQuarantined);
            Assert.Contains($"    {source,-10} {q:N0} of ", output, StringComparison.Ordinal);
        }

        var metrics = manifest.Stages.Single(s => s.Name == "aggregate").Metrics;
        Assert.Contains($"Indicators   {metrics["indicators_computed"]} computed, {metrics["hospitals_flagged"]} hospitals flagged", output, StringComparison.Ordinal);
        Assert.Contains("Details      registry-etl runs show 1", output, StringComparison.Ordinal);
        Assert.True(Directory.GetFiles(Path.Combine(ws.StateDirectory, "logs"), "registry-etl-*.json").Length == 1);
    }

    [Fact]
    public async Task Run_ExitCodes_DistinguishDataProblemsConfigurationAndFailure()
    {
        using var ws = TestWorkspace.Create(files: 1);
        ws.WriteExport("lbz", "broken.csv", "wrong;header\n");
        var dataProblem = ws.WritePipeline("- standardise", fileName: "data.yaml");
        var failure = ws.WritePipeline("- name: fail\n  options: { mode: permanent }", fileName: "fail.yaml");
        var badConfig = ws.WritePipeline("- standardise\n- missing-stage", fileName: "config.yaml");

        Assert.Equal(1, (await ChildProcess.RunAsync(ws.Root, "run", dataProblem, "--as-of", "2025-03-01")).ExitCode);
        Assert.Equal(3, (await ChildProcess.RunAsync(ws.Root, "run", failure, "--as-of", "2025-03-01")).ExitCode);
        var config = await ChildProcess.RunAsync(ws.Root, "run", badConfig, "--as-of", "2025-03-01");
        Assert.Equal(2, config.ExitCode);
        Assert.Contains("'missing-stage' is not available", config.Output, StringComparison.Ordinal);
        Assert.Equal(2, (await ChildProcess.RunAsync(ws.Root, "run", dataProblem, "--as-of", "1 March")).ExitCode);
        Assert.Equal(2, (await ChildProcess.RunAsync(ws.Root, "run", Path.Combine(ws.Root, "absent.yaml"))).ExitCode);
    }

    [Fact]
    public async Task Runs_ListAndShow_ReadTheCatalog()
    {
        using var ws = TestWorkspace.Create(files: 1);
        var pipeline = ws.WritePipeline("- standardise\n- aggregate");
        await TestRuns.RunAsync(pipeline, TestRuns.Day1);
        var failed = ws.WritePipeline("- name: fail\n  options: { mode: permanent }", fileName: "fail.yaml");
        await TestRuns.RunAsync(failed, TestRuns.Day2);

        var list = await ChildProcess.RunAsync(ws.Root, "runs", "list", "--state", ws.StateDirectory);
        var show = await ChildProcess.RunAsync(ws.Root, "runs", "show", "1", "--pipeline", pipeline);
        var missing = await ChildProcess.RunAsync(ws.Root, "runs", "show", "42", "--state", ws.StateDirectory);

        Assert.Equal(0, list.ExitCode);
        var lines = list.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("failed", lines[1], StringComparison.Ordinal);
        Assert.Contains("succeeded", lines[2], StringComparison.Ordinal);
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("Stages:", show.Output, StringComparison.Ordinal);
        Assert.Contains("standardise", show.Output, StringComparison.Ordinal);
        Assert.Contains("dcra/h0/dcra_2025-01-01.csv", show.Output, StringComparison.Ordinal);
        Assert.Contains("data/indicators/hospital_totals.csv", show.Output, StringComparison.Ordinal);
        Assert.Contains("aggregate.indicators_computed", show.Output, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
    }
}
