using System.Security.Cryptography;
using Registry.Etl.Pipeline.Catalog;
using Registry.Etl.Pipeline.Manifest;
using Registry.Etl.Pipeline.Running;
using Registry.Etl.Pipeline.Stages;
using Registry.Etl.Pipeline.TestHost;
using Registry.Etl.Scheduling;
using Serilog;

namespace Registry.Etl.Pipeline.Tests;

/// <summary>Runs test pipelines in-process and checks published folders independently of the runner.</summary>
internal static class TestRuns
{
    public static readonly DateOnly Day1 = new(2025, 3, 1);
    public static readonly DateOnly Day2 = new(2025, 3, 2);

    public static async Task<RunOutcome> RunAsync(
        string pipelineFile, DateOnly asOf, string? outDir = null, IStageFactory? stages = null, RunObserver? observer = null, CancellationToken cancellationToken = default)
    {
        var pipeline = PipelineLint.Load(pipelineFile);
        await using var catalog = await RunCatalog.OpenAsync(pipeline.StateDirectory, null, CancellationToken.None);
        var runner = new PipelineRunner(stages ?? TestStages.Create(), catalog, new LoggerConfiguration().CreateLogger(), observer: observer);
        return await runner.RunAsync(new RunRequest { Pipeline = pipeline, AsOf = asOf, OutputDirectory = outDir }, cancellationToken);
    }

    public static async Task<CatalogRunDetails> CatalogEntryAsync(string stateDirectory, long key)
    {
        await using var catalog = await RunCatalog.OpenAsync(stateDirectory, null, CancellationToken.None);
        return (await catalog.GetRunAsync(key, CancellationToken.None))!;
    }

    /// <summary>Every file of a published run (timings.json aside) by relative path, with its SHA-256, hashed here.</summary>
    public static SortedDictionary<string, string> Files(string runDirectory)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(runDirectory, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(runDirectory, file).Replace('\\', '/');
            if (relative != "timings.json")
            {
                files[relative] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
            }
        }

        return files;
    }

    /// <summary>
    /// Asserts a run folder is complete and consistent: its manifest parses, lists every data file with the
    /// right size and checksum, and nothing else is there but the manifest and timings.json.
    /// </summary>
    public static RunManifest AssertComplete(string runDirectory)
    {
        var manifest = ManifestJson.Read(Path.Combine(runDirectory, "manifest.json"));
        var onDisk = Files(runDirectory);
        Assert.True(File.Exists(Path.Combine(runDirectory, "timings.json")), "timings.json is missing");
        Assert.Equal(
            manifest.Outputs.Select(o => o.Path).Append("manifest.json").Order(StringComparer.Ordinal),
            onDisk.Keys);
        foreach (var output in manifest.Outputs)
        {
            Assert.Equal(output.Sha256, onDisk[output.Path]);
            Assert.Equal(output.Bytes, new FileInfo(Path.Combine(runDirectory, output.Path)).Length);
        }

        return manifest;
    }
}
