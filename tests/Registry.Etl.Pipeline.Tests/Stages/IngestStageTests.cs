using Registry.Etl.Pipeline.Running;
using Registry.Etl.Pipeline.Stages;
using Registry.Etl.Pipeline.Stages.Ingest;
using Registry.Etl.Pipeline.Tables;
using Registry.Etl.Pipeline.TestHost;

namespace Registry.Etl.Pipeline.Tests.Stages;

/// <summary>The real ingest stage through the runner, on the committed sample exports and the shipped contracts.</summary>
public sealed class IngestStageTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "registry-etl-ingest-stage", Guid.NewGuid().ToString("N"));

    public IngestStageTests()
    {
        Directory.CreateDirectory(_dir);

        // the stage reads the key from the environment like production does; the one key every test of this
        // process uses (another value set here while a real-stage test runs in parallel changed its cache keys)
        SampleWorkspace.EnsurePseudonymKey();
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Run_SampleData_AccountsForEveryRowWritesBothTablesAndReusesTheCache()
    {
        var pipeline = WritePipeline(Path.Combine(Root(), "sample-data", "dcra"), "dcra");

        var first = await TestRuns.RunAsync(pipeline, TestRuns.Day1, stages: Stages());
        var second = await TestRuns.RunAsync(pipeline, TestRuns.Day1, stages: Stages());

        Assert.Equal(RunStatus.Succeeded, first.Status);
        var manifest = TestRuns.AssertComplete(first.PublishedDirectory!);
        Assert.Equal(288, manifest.Inputs.Count);
        Assert.All(manifest.Inputs, i => Assert.Equal(i.RowsRead, i.RowsAccepted + i.RowsQuarantined));
        Assert.Equal(4, manifest.Inputs.Sum(i => i.RowsQuarantined));
        var table = TableParquet.Read(Path.Combine(first.PublishedDirectory!, "data", "ingest", "dcra.parquet"));
        var quarantine = TableParquet.Read(Path.Combine(first.PublishedDirectory!, "data", "ingest", "dcra.quarantine.parquet"));
        Assert.Equal(2020, table.RowCount);
        Assert.Equal(4, quarantine.RowCount);
        Assert.Contains(manifest.Specs, s => s is { Kind: "contract", Id: "dcra", Version: "2009" });
        var entry = await TestRuns.CatalogEntryAsync(Path.Combine(_dir, "state"), second.CatalogKey);
        Assert.Equal(288, entry.Metrics.Single(m => m.Name == StageMetricNames.FilesFromCache).Value);
        Assert.Equal(TestRuns.Files(first.PublishedDirectory!), TestRuns.Files(second.PublishedDirectory!));

        // another day: published apart, its resolved table linked from the cache entry with the hash recorded
        // when the entry was made (not read again); the manifest must still give every file's true SHA-256
        var third = await TestRuns.RunAsync(pipeline, TestRuns.Day2, stages: Stages());
        Assert.NotEqual(first.PublishedDirectory, third.PublishedDirectory);
        var again = TestRuns.AssertComplete(third.PublishedDirectory!);
        Assert.Equal(
            manifest.Outputs.Single(o => o.Path == "data/ingest/dcra.parquet").Sha256,
            again.Outputs.Single(o => o.Path == "data/ingest/dcra.parquet").Sha256);
    }

    [Fact]
    public async Task Run_ABrokenExport_FailsThatFileOnlyAsOneDataProblem()
    {
        var exports = Path.Combine(_dir, "exports");
        Directory.CreateDirectory(Path.Combine(exports, "06105536"));
        var sample = Path.Combine(Root(), "sample-data", "dcra", "06105536");
        File.Copy(Path.Combine(sample, "dcra_06105536_2022-04-17.csv"), Path.Combine(exports, "06105536", "dcra_06105536_2022-04-17.csv"));
        var broken = File.ReadAllBytes(Path.Combine(sample, "dcra_06105536_2022-07-17.csv"));
        File.WriteAllBytes(Path.Combine(exports, "06105536", "dcra_06105536_2022-07-17.csv"), broken[..^2]); // cut off its last line end

        var outcome = await TestRuns.RunAsync(WritePipeline(exports, "dcra"), TestRuns.Day1, stages: Stages());

        Assert.Equal(RunStatus.DataProblems, outcome.Status);
        var problem = Assert.Single(outcome.Manifest!.Problems);
        Assert.Equal(("dcra", "06105536/dcra_06105536_2022-07-17.csv", "file-failed"), (problem.Source, problem.File, problem.Code));
        Assert.Contains("truncated", problem.Message, StringComparison.Ordinal);
        var manifest = TestRuns.AssertComplete(outcome.PublishedDirectory!);
        Assert.Equal(5, manifest.Inputs.Single(i => i.Path.EndsWith("04-17.csv", StringComparison.Ordinal)).RowsAccepted);
    }

    [Fact]
    public async Task Run_SourceUnchangedLongerThanKeepRuns_OneChangedExportLaterIsTheOnlyOneParsed()
    {
        var exports = Path.Combine(_dir, "exports");
        var hospital = Path.Combine(exports, "06105536");
        Directory.CreateDirectory(hospital);
        var sample = Path.Combine(Root(), "sample-data", "dcra", "06105536");
        var names = Directory.GetFiles(sample).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        foreach (var name in names)
        {
            File.Copy(Path.Combine(sample, name!), Path.Combine(hospital, name!));
        }

        var pipeline = WritePipeline(exports, "dcra"); // keep_runs: 3
        for (var day = 0; day < 5; day++)
        {
            // nothing changes: after the first run the resolved source comes from the cache, and the fifth run's
            // eviction keeps only what runs 3-5 used
            Assert.Equal(RunStatus.Succeeded, (await TestRuns.RunAsync(pipeline, TestRuns.Day1.AddDays(day), stages: Stages())).Status);
        }

        // one export is corrected: its last row dropped
        var changed = Path.Combine(hospital, names[^1]!);
        var bytes = File.ReadAllBytes(changed);
        File.WriteAllBytes(changed, bytes[..(Array.LastIndexOf(bytes, (byte)'\n', bytes.Length - 2) + 1)]);
        var outcome = await TestRuns.RunAsync(pipeline, TestRuns.Day1.AddDays(5), stages: Stages());

        Assert.Equal(RunStatus.Succeeded, outcome.Status);
        Assert.Equal(names.Length - 1, outcome.InputsFromCache.Count);
        Assert.DoesNotContain(outcome.InputsFromCache, p => p.EndsWith(names[^1]!, StringComparison.Ordinal));
    }

    private static StageCatalog Stages() => new StageCatalog().Add(IngestStage.StageName, d => new IngestStage(d));

    private string WritePipeline(string exports, string source)
    {
        var path = Path.Combine(_dir, "ingest.yaml");
        File.WriteAllText(path, $"""
            name: ingest-test
            sources:
              - id: {source}
                exports: {exports}
                contracts: {Path.Combine(Root(), "pipelines", "sources")}
            linkage: []
            indicators: []
            stages:
              - ingest
            outputs:
              directory: {Path.Combine(_dir, "out")}
            state:
              directory: {Path.Combine(_dir, "state")}
            retention:
              keep_runs: 3
            quality:
              max_quarantined_fraction: 0.05
            """);
        return path;
    }

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Registry.Etl.sln")))
        {
            dir = dir.Parent;
        }

        return dir!.FullName;
    }
}
