using Registry.Etl.Core.Data;
using Registry.Etl.Indicators.Datasets;
using Registry.Etl.Pipeline.Definition;
using Registry.Etl.Pipeline.Running;
using Registry.Etl.Pipeline.Stages;
using Registry.Etl.Pipeline.Stages.Indicators;
using Registry.Etl.Pipeline.Tables;
using Registry.Etl.Pipeline.TestHost;

namespace Registry.Etl.Pipeline.Tests.Stages;

/// <summary>The indicators stage in a real run: pinned versions side by side, ingest fallback, Parquet outputs, metrics.</summary>
public sealed class IndicatorsStageTests : IDisposable
{
    private readonly TestWorkspace _ws = TestWorkspace.Create(files: 1, rowsPerFile: 5);

    public void Dispose() => _ws.Dispose();

    [Fact]
    public async Task Run_TwoPinnedVersions_WritesResultsSideBySideFromTheIngestTable()
    {
        var specs = Path.Combine(RepositoryRoot(), "indicator-specs");
        var path = Path.Combine(_ws.Root, "indicators.yaml");
        await File.WriteAllTextAsync(path, $"""
            name: ind
            sources:
              - id: dcra
                exports: exports/dcra
                contracts: contracts
            indicators:
              - dcra-lymph-nodes@1
              - dcra-lymph-nodes@2
              - dcra-volume@1
            stages:
              - ingest
              - name: indicators
                options: {"{"} specs: "{specs}" {"}"}
            outputs:
              directory: out
            state:
              directory: state
            quality:
              max_quarantined_fraction: 1
            """);
        var catalog = new StageCatalog().Add("ingest", _ => new FakeIngest()).Add("indicators", d => new IndicatorsStage(d));
        var outcome = await TestRuns.RunAsync(path, TestRuns.Day1, stages: catalog);
        Assert.True(outcome.Status == RunStatus.Succeeded, outcome.Error?.ToString());
        var data = Path.Combine(outcome.PublishedDirectory!, "data");
        var results = TableParquet.Read(Path.Combine(data, "indicators", "results.parquet"));
        var ids = results.GetString("indicator_id");
        var versions = results.Get<int>("version");
        var units = results.GetString("unit");
        var values = results.Get<double>("value");
        double National(string id, int version)
        {
            for (var i = 0; i < results.RowCount; i++)
            {
                if (ids[i] == id && versions[i] == version && units[i] == "NATIONAL")
                {
                    return values[i];
                }
            }

            throw new InvalidOperationException($"no national row of {id}@{version}");
        }

        // Nodes examined 8..13 in equal shares: >= 10 is 4/6, >= 12 is 2/6.
        Assert.Equal(4.0 / 6, National("dcra-lymph-nodes", 1), 12);
        Assert.Equal(2.0 / 6, National("dcra-lymph-nodes", 2), 12);
        Assert.Equal(60.0, National("dcra-volume", 1));
        Assert.All(Enumerable.Range(0, results.RowCount), i => Assert.Equal(outcome.RunId, results.GetString("run_id")[i]));
        Assert.True(File.Exists(Path.Combine(data, "indicators", "funnel.parquet")));
        var manifest = TestRuns.AssertComplete(outcome.PublishedDirectory!);
        Assert.Contains(manifest.Specs, s => s.Kind == "indicator" && s.Id == "dcra-lymph-nodes" && s.Version == "2" && s.Sha256 is { Length: 64 });
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Registry.Etl.sln")))
        {
            dir = dir.Parent;
        }

        return dir!.FullName;
    }

    /// <summary>Stands in for ingest: a small standardised DCRA table without the linked columns.</summary>
    private sealed class FakeIngest : IPipelineStage
    {
        public string Name => "ingest";

        public IReadOnlyList<string> Inputs => [];

        public Task<StageResult> RunAsync(StageContext context, CancellationToken cancellationToken)
        {
            // nullable throughout: the fake fills only the columns the specs read, and it is written to Parquet like ingest's table
            var schema = new TableSchema(DatasetSchemas.DcraSchema.Where(c => !DatasetSchemas.LinkedColumns.Contains(c)).Select(c => c with { Nullable = true }));
            var builder = new TableBuilder(schema);
            for (var i = 0; i < 60; i++)
            {
                var row = new object?[schema.Count];
                row[schema.IndexOf("hospital")] = i % 2 == 0 ? "06000001" : "06000002";
                row[schema.IndexOf("operation_date")] = new DateOnly(2024, 3, 1);
                row[schema.IndexOf("procedure")] = 4;
                row[schema.IndexOf("neoadjuvant")] = 0;
                row[schema.IndexOf("nodes_examined")] = 8 + (i / 2 % 6);
                builder.AddRow(row);
            }

            context.Artifacts.Set("ingest/dcra", SampleIngest.AsIngested("dcra", builder.Build()));
            return Task.FromResult(StageResult.Empty);
        }
    }
}
