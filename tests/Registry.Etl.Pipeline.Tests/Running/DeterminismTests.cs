using Registry.Etl.Pipeline.Running;
using Registry.Etl.Pipeline.TestHost;

namespace Registry.Etl.Pipeline.Tests.Running;

public sealed class DeterminismTests
{
    private const string Stages = """
        - standardise
        - name: aggregate
          options: { threshold: "50" }
        - name: bulk
          options: { files: "4", kb: "16" }
        """;

    [Fact]
    public async Task Run_SameInputsInTwoWorkspaces_ByteIdenticalOutputs()
    {
        using var a = TestWorkspace.Create();
        using var b = TestWorkspace.Create();
        var first = await TestRuns.RunAsync(a.WritePipeline(Stages), TestRuns.Day1);
        var second = await TestRuns.RunAsync(b.WritePipeline(Stages), TestRuns.Day1);

        Assert.Equal(RunStatus.Succeeded, first.Status);
        Assert.Equal(first.RunId, second.RunId);
        var filesA = TestRuns.Files(first.PublishedDirectory!);
        Assert.Equal(filesA, TestRuns.Files(second.PublishedDirectory!));
        Assert.Contains("manifest.json", filesA.Keys);
        Assert.Contains("data/indicators/hospital_totals.csv", filesA.Keys);
        // timings.json is the one file allowed to differ, and it does carry the wall-clock start
        Assert.Contains("started_utc", File.ReadAllText(Path.Combine(first.PublishedDirectory!, "timings.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_RepeatedOnSameState_ReusesCacheAndPublishedFolder()
    {
        using var ws = TestWorkspace.Create();
        var pipeline = ws.WritePipeline(Stages);
        var first = await TestRuns.RunAsync(pipeline, TestRuns.Day1);
        var second = await TestRuns.RunAsync(pipeline, TestRuns.Day1);

        Assert.Empty(first.InputsFromCache);
        Assert.Equal(6, second.InputsFromCache.Count);
        Assert.Equal(first.PublishedDirectory, second.PublishedDirectory); // same id, same bytes: no "~2" copy
        Assert.Single(Directory.GetDirectories(Path.Combine(ws.OutputDirectory, "runs")));
        TestRuns.AssertComplete(second.PublishedDirectory!);
    }

    [Fact]
    public async Task Run_OtherAsOfDate_OtherRunIdAndOtherBytes()
    {
        using var ws = TestWorkspace.Create();
        var pipeline = ws.WritePipeline(Stages);
        var day1 = await TestRuns.RunAsync(pipeline, TestRuns.Day1);
        var day2 = await TestRuns.RunAsync(pipeline, TestRuns.Day2);

        Assert.NotEqual(day1.RunId, day2.RunId);
        Assert.StartsWith("test-20250302-", day2.RunId, StringComparison.Ordinal);
        Assert.NotEqual(
            TestRuns.Files(day1.PublishedDirectory!)["data/indicators/hospital_totals.csv"],
            TestRuns.Files(day2.PublishedDirectory!)["data/indicators/hospital_totals.csv"]);
        Assert.Equal(day2.PublishedDirectory, new Registry.Etl.Pipeline.Publishing.OutputLayout(ws.OutputDirectory).CurrentTarget());
    }
}
