using Registry.Etl.Pipeline.Catalog;

namespace Registry.Etl.Pipeline.Tests.Catalog;

/// <summary>What every catalog (SQLite, PostgreSQL) must do; each database runs the same tests.</summary>
public abstract class RunCatalogContract
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 1, 1, 0, 0, TimeSpan.Zero);

    protected abstract Task<IRunCatalog> OpenAsync();

    [Fact]
    public async Task FinishedRun_ReadsBackEverything()
    {
        await using var catalog = await OpenAsync();
        var key = await catalog.StartRunAsync(new CatalogRunStart("nightly", new DateOnly(2025, 3, 1), "schedule", T0, "node-a", 2, T0), CancellationToken.None);
        await catalog.SetRunIdAsync(key, "nightly-20250301-0123456789ab", CancellationToken.None);
        await catalog.RecordStageAsync(key, new CatalogStage(0, "ingest", "succeeded", T0.AddSeconds(1), 1500, null), CancellationToken.None);
        await catalog.RecordStageAsync(key, new CatalogStage(1, "link", "succeeded", T0.AddSeconds(3), 250, null), CancellationToken.None);
        await catalog.FinishRunAsync(key, new CatalogRunFinish
        {
            Status = "data_problems",
            ExitCode = 1,
            FinishedUtc = T0.AddSeconds(5),
            PublishedPath = "/out/runs/x",
            ManifestSha256 = new string('9', 64),
            Inputs = [new CatalogInput("dcra", "a/b.csv", new string('1', 64), 1234, 100, 97, 3, true, null), new CatalogInput("nkr", "n.csv", new string('2', 64), 9, 0, 0, 0, false, "n.csv:1: bad header")],
            Outputs = [new CatalogOutput("data/x.parquet", new string('3', 64), 555, 42, "ingest")],
            Specs = [new CatalogSpec("indicator", "leak", "2", null), new CatalogSpec("contract", "dcra", "1", new string('4', 64))],
            Metrics = [new CatalogMetric("ingest", "files_parsed", 1), new CatalogMetric("indicators", "indicators_computed", 17)],
        }, CancellationToken.None);

        var d = (await catalog.GetRunAsync(key, CancellationToken.None))!;

        Assert.Equal(
            new CatalogRun(key, "nightly-20250301-0123456789ab", "nightly", new DateOnly(2025, 3, 1), "schedule", T0, "node-a", 2, "data_problems", 1, T0, T0.AddSeconds(5), "/out/runs/x", new string('9', 64), null),
            d.Run);
        Assert.Equal([new CatalogStage(0, "ingest", "succeeded", T0.AddSeconds(1), 1500, null), new CatalogStage(1, "link", "succeeded", T0.AddSeconds(3), 250, null)], d.Stages);
        Assert.Equal(2, d.Inputs.Count);
        Assert.Equal(new CatalogInput("dcra", "a/b.csv", new string('1', 64), 1234, 100, 97, 3, true, null), d.Inputs[0]);
        Assert.Equal("n.csv:1: bad header", d.Inputs[1].Error);
        Assert.Equal([new CatalogOutput("data/x.parquet", new string('3', 64), 555, 42, "ingest")], d.Outputs);
        Assert.Equal([new CatalogSpec("indicator", "leak", "2", null), new CatalogSpec("contract", "dcra", "1", new string('4', 64))], d.Specs);
        Assert.Equal(17, d.Metrics.Single(m => m.Name == "indicators_computed").Value);
        Assert.True(await catalog.SlotCompletedAsync("nightly", T0, CancellationToken.None));
        Assert.False(await catalog.SlotCompletedAsync("nightly", T0.AddDays(1), CancellationToken.None));
        Assert.False(await catalog.SlotCompletedAsync("other", T0, CancellationToken.None));
    }

    [Fact]
    public async Task ListRuns_LatestFirst_FilteredByPipeline()
    {
        await using var catalog = await OpenAsync();
        for (var i = 0; i < 5; i++)
        {
            await catalog.StartRunAsync(new CatalogRunStart(i % 2 == 0 ? "a" : "b", new DateOnly(2025, 3, 1 + i), "manual", null, "n", 1, T0.AddMinutes(i)), CancellationToken.None);
        }

        var all = await catalog.ListRunsAsync(null, 3, CancellationToken.None);
        var onlyA = await catalog.ListRunsAsync("a", 10, CancellationToken.None);

        Assert.Equal([5, 4, 3], all.Select(r => r.AsOf.Day));
        Assert.Equal([5, 3, 1], onlyA.Select(r => r.AsOf.Day));
        Assert.All(all, r => Assert.Equal("running", r.Status));
        Assert.Null(await catalog.GetRunAsync(999, CancellationToken.None));
    }

    [Fact]
    public async Task RunProcess_ReadsBack_AndOnlyARunningRunCanBeAbandoned()
    {
        await using var catalog = await OpenAsync();
        var process = new RunProcess("host-a", 4242, "boot:123");
        var key = await catalog.StartRunAsync(new CatalogRunStart("a", new DateOnly(2025, 1, 1), "manual", null, "n", 1, T0) { Process = process }, CancellationToken.None);
        var finished = await catalog.StartRunAsync(new CatalogRunStart("a", new DateOnly(2025, 1, 2), "manual", null, "n", 1, T0), CancellationToken.None);
        await catalog.FinishRunAsync(finished, new CatalogRunFinish { Status = "succeeded", ExitCode = 0, FinishedUtc = T0.AddSeconds(1) }, CancellationToken.None);

        var running = Assert.Single(await catalog.ListRunningAsync("a", CancellationToken.None));
        Assert.Equal(("host-a", 4242, "boot:123"), (running.Host, running.ProcessId, running.ProcessStartTag));
        Assert.True(await catalog.AbandonRunAsync(key, "abandoned: test", CancellationToken.None));
        Assert.False(await catalog.AbandonRunAsync(key, "again", CancellationToken.None));
        Assert.False(await catalog.AbandonRunAsync(finished, "finished runs stay as they ended", CancellationToken.None));
        Assert.Empty(await catalog.ListRunningAsync(null, CancellationToken.None));
        var run = (await catalog.GetRunAsync(key, CancellationToken.None))!.Run;
        Assert.Equal(("abandoned", "abandoned: test"), (run.Status, run.Error));
        Assert.Equal("succeeded", (await catalog.GetRunAsync(finished, CancellationToken.None))!.Run.Status);
    }

    [Fact]
    public async Task Open_Twice_MigratesOnceAndKeepsRows()
    {
        long key;
        await using (var first = await OpenAsync())
        {
            key = await first.StartRunAsync(new CatalogRunStart("a", new DateOnly(2025, 1, 1), "manual", null, "n", 1, T0), CancellationToken.None);
        }

        await using var second = await OpenAsync();
        Assert.Equal("a", (await second.GetRunAsync(key, CancellationToken.None))!.Run.Pipeline);
    }
}
