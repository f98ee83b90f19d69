using System.Collections.Concurrent;
using Registry.Etl.Core.Errors;
using Registry.Etl.Pipeline.Definition;
using Registry.Etl.Pipeline.Hashing;
using Registry.Etl.Pipeline.Running;
using Registry.Etl.Pipeline.Stages;

namespace Registry.Etl.Pipeline.Tests.Running;

/// <summary>
/// Export files not written since the last run keep their recorded SHA-256 (not read again); a file appended
/// to, rewritten with the same size, replaced or added is hashed; the hashes are always those of the bytes.
/// </summary>
public sealed class InputFingerprinterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("fingerprint-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Fingerprint_HashesOnlyFilesWrittenSinceTheLastRun()
    {
        var exports = Path.Combine(_dir, "exports");
        Directory.CreateDirectory(exports);
        for (var i = 0; i < 4; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(exports, $"f{i}.csv"), $"a;b\n{i};x\n");
        }

        var pipeline = Pipeline(exports);
        var (first, hashedFirst) = await FingerprintAsync(pipeline);
        var (second, hashedSecond) = await FingerprintAsync(pipeline);

        Assert.Equal(4, hashedFirst.Count);
        Assert.Empty(hashedSecond); // nothing written since: every hash from the record
        Assert.Equal(first.Select(f => f.Sha256), second.Select(f => f.Sha256));
        await AssertTrueHashesAsync(second);

        await File.AppendAllTextAsync(Path.Combine(exports, "f0.csv"), "9;y\n");
        await File.WriteAllTextAsync(Path.Combine(exports, "f1.csv"), "a;b\n1;z\n"); // same size, other bytes
        File.Move(Path.Combine(exports, "f2.csv"), Path.Combine(_dir, "f2.old"));
        await File.WriteAllTextAsync(Path.Combine(exports, "f2.csv"), "a;b\n2;x\n"); // same bytes, another file
        await File.WriteAllTextAsync(Path.Combine(exports, "f4.csv"), "a;b\n4;x\n");
        var (third, hashedThird) = await FingerprintAsync(pipeline);

        Assert.Equal(["f0.csv", "f1.csv", "f2.csv", "f4.csv"], hashedThird.Select(Path.GetFileName).Order(StringComparer.Ordinal));
        await AssertTrueHashesAsync(third);
        Assert.NotEqual(first[1].Sha256, third[1].Sha256);
    }

    [Fact]
    public async Task Fingerprint_DamagedRecord_EveryFileHashed()
    {
        var exports = Path.Combine(_dir, "exports");
        Directory.CreateDirectory(exports);
        await File.WriteAllTextAsync(Path.Combine(exports, "f.csv"), "a\n1\n");
        var pipeline = Pipeline(exports);
        await FingerprintAsync(pipeline);
        await File.WriteAllTextAsync(Path.Combine(pipeline.StateDirectory, "cache", "input-hashes.json"), "{\"broken\":");

        var (files, hashed) = await FingerprintAsync(pipeline);

        Assert.Single(hashed);
        await AssertTrueHashesAsync(files);
    }

    private static async Task<(IReadOnlyList<InputFile> Files, IReadOnlyCollection<string> Hashed)> FingerprintAsync(PipelineDefinition pipeline)
    {
        var hashed = new ConcurrentBag<string>();
        var files = await InputFingerprinter.FingerprintAsync(pipeline, _ => { }, (path, ct) =>
        {
            hashed.Add(path);
            return Sha256File.ComputeAsync(path, ct);
        }, CancellationToken.None);
        return (files, hashed);
    }

    private static async Task AssertTrueHashesAsync(IEnumerable<InputFile> files)
    {
        foreach (var file in files)
        {
            Assert.Equal(await Sha256File.ComputeAsync(file.FullPath, CancellationToken.None), file.Sha256);
        }
    }

    private PipelineDefinition Pipeline(string exports) => new()
    {
        Name = "test",
        FilePath = Path.Combine(_dir, "test.yaml"),
        Sources = [new SourceDefinition("s", exports, "*.csv", _dir, new SourceLocation("test.yaml"))],
        LinkageModels = [],
        Indicators = [],
        Stages = [],
        OutputDirectory = Path.Combine(_dir, "out"),
        StateDirectory = Path.Combine(_dir, "state"),
        Retention = RetentionPolicy.Default,
        Quality = QualityPolicy.Default,
    };
}
