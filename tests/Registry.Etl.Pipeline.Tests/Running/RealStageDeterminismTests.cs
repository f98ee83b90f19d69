using Registry.Etl.Pipeline.TestHost;
using Registry.Etl.Scheduling;

namespace Registry.Etl.Pipeline.Tests.Running;

/// <summary>The real stages (whatever CliStages registers of the nightly pipeline) give the same bytes for the same inputs.</summary>
public sealed class RealStageDeterminismTests
{
    [Fact]
    public async Task RealStages_SameInputsInTwoWorkspacesAndFromTheCache_ByteIdenticalParquet()
    {
        SampleWorkspace.EnsurePseudonymKey();
        using var a = SampleWorkspace.Create();
        using var b = SampleWorkspace.Create();
        Assert.Contains("ingest", a.Stages);

        var first = await TestRuns.RunAsync(a.PipelineFile, TestRuns.Day1, stages: SampleWorkspace.RealStages());
        var second = await TestRuns.RunAsync(b.PipelineFile, TestRuns.Day1, stages: SampleWorkspace.RealStages());
        // the same workspace again, into another output folder: every export now comes from the ingest cache
        var cached = await TestRuns.RunAsync(a.PipelineFile, TestRuns.Day1, Path.Combine(a.Root, "again"), SampleWorkspace.RealStages());

        Assert.True(first.PublishedDirectory is not null, $"{first.Status}: {first.ErrorMessage}");
        Assert.Equal(first.RunId, second.RunId);
        TestRuns.AssertComplete(first.PublishedDirectory!);
        var files = TestRuns.Files(first.PublishedDirectory!);
        Assert.Contains("data/ingest/dcra.parquet", files.Keys);
        Assert.Contains("data/ingest/lbz.parquet", files.Keys);
        if (a.Stages.Contains("indicators"))
        {
            Assert.Contains("data/indicators/results.parquet", files.Keys);
        }

        var other = TestRuns.Files(second.PublishedDirectory!);
        Assert.Equal(files.Keys, other.Keys);
        var differing = files.Keys.Where(k => files[k] != other[k]).ToArray();
        Assert.True(differing.Length == 0, "bytes differ between the two workspaces: " + string.Join(", ", differing));
        Assert.Equal(first.Manifest!.Inputs.Count, cached.InputsFromCache.Count);
        var again = TestRuns.Files(cached.PublishedDirectory!);
        Assert.Equal(files.Keys, again.Keys);
        // Every file, the manifest included, is identical whether the state folder was cold or warm (whether
        // linkage trained or reused its parameters is an operational metric, kept out of the manifest).
        var changed = files.Keys.Where(k => files[k] != again[k]).ToArray();
        Assert.True(changed.Length == 0, "bytes differ when the ingest cache serves every export: " + string.Join(", ", changed));
        if (a.Stages.Contains("link"))
        {
            // and the link stage reused every model's outputs (inputs, models and parameters unchanged)
            var entry = await TestRuns.CatalogEntryAsync(a.StateDirectory, cached.CatalogKey);
            Assert.Equal(PipelineLint.Load(a.PipelineFile).LinkageModels.Count, entry.Metrics.Single(m => m.Name == "linkage_models_reused").Value);
        }
    }
}
