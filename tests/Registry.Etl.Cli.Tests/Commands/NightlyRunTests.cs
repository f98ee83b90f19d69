using Registry.Etl.Pipeline.Manifest;
using Registry.Etl.Pipeline.TestHost;

namespace Registry.Etl.Cli.Tests.Commands;

/// <summary>
/// `registry-etl run` of pipelines/nightly.yaml on the whole sample-data with the real stages, in-process:
/// what `make run` does, with outputs and state redirected to a temporary folder.
/// </summary>
public sealed class NightlyRunTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "registry-etl-tests", "nightly-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Run_NightlyOnSampleData_PublishesConsistentOutputsAndEndsWithTheSummary()
    {
        SampleWorkspace.EnsurePseudonymKey();
        var repo = SampleWorkspace.RepositoryRoot;
        var nightly = Path.Combine(repo, "pipelines", "nightly.yaml");
        var declared = PipelineCopy.DeclaredStages(nightly);
        var pipeline = PipelineCopy.Write(
            nightly, Path.Combine(_root, "nightly.yaml"), Path.Combine(repo, "sample-data"), Path.Combine(_root, "out"), Path.Combine(_root, "state"), declared);

        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApplication.RunAsync(["run", pipeline, "--as-of", "2025-04-02"], output, error);

        var text = output.ToString();
        Assert.True(code is 0 or 1, $"exit {code}: {error}{text}");
        foreach (var line in new[] { "  Outputs      ", "  Rows in      ", "  Rows out     ", "  Indicators   ", "  Problems     ", "  Details      registry-etl runs show " })
        {
            Assert.Contains(line, text, StringComparison.Ordinal);
        }

        foreach (var source in new[] { "dcra", "dhba", "nkr", "lbz" })
        {
            Assert.Contains($"    {source,-10} ", text, StringComparison.Ordinal);
        }

        // outputs under current, and the manifest names exactly the files there with their sizes and checksums
        var current = Path.Combine(_root, "out", "current");
        var run = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(current)!, File.ResolveLinkTarget(current, returnFinalTarget: false)!.ToString()));
        Assert.Contains($"  Outputs      {current} -> {run}", text, StringComparison.Ordinal);
        var manifest = ManifestJson.Read(Path.Combine(current, "manifest.json"));
        Assert.Equal(declared, manifest.Stages.Select(s => s.Name));
        var onDisk = Directory.EnumerateFiles(Path.Combine(current, "data"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(current, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
        Assert.Equal(manifest.Outputs.Select(o => o.Path).Order(StringComparer.Ordinal), onDisk);
        foreach (var o in manifest.Outputs)
        {
            var bytes = File.ReadAllBytes(Path.Combine(current, o.Path));
            Assert.Equal(o.Bytes, bytes.LongLength);
            Assert.Equal(o.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
        }

        Assert.Contains(manifest.Outputs, o => o.Path == "data/ingest/dcra.parquet");
        Assert.Equal(Directory.EnumerateFiles(Path.Combine(repo, "sample-data"), "*.csv", SearchOption.AllDirectories)
            .Count(f => !f.Contains($"{Path.DirectorySeparatorChar}truth{Path.DirectorySeparatorChar}", StringComparison.Ordinal)), manifest.Inputs.Count);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
