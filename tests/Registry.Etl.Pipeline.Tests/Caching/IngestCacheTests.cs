using Registry.Etl.Pipeline.Caching;

namespace Registry.Etl.Pipeline.Tests.Caching;

public sealed class IngestCacheTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "registry-etl-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task GetOrCreate_SameKeyTwice_ProducesOnceAndHitsAfter()
    {
        var cache = new IngestCache(_root);
        var key = new IngestCacheKey(new string('a', 64), "dcra", "1");
        var calls = 0;

        var first = await cache.GetOrCreateAsync(key, (dir, ct) => Produce(dir, ref calls), CancellationToken.None);
        var second = await cache.GetOrCreateAsync(key, (dir, ct) => Produce(dir, ref calls), CancellationToken.None);

        Assert.Equal(1, calls);
        Assert.False(first.Hit);
        Assert.True(second.Hit);
        Assert.Equal(new IngestCounts(10, 9, 1), second.Counts);
        Assert.Equal(["part/rows.txt"], second.Files);
        Assert.Equal("rows", File.ReadAllText(second.PathOf("part/rows.txt")));
    }

    [Fact]
    public async Task GetOrCreate_OtherContractVersion_ProducesAgain()
    {
        var cache = new IngestCache(_root);
        var calls = 0;
        await cache.GetOrCreateAsync(new IngestCacheKey(new string('b', 64), "dcra", "1"), (dir, ct) => Produce(dir, ref calls), CancellationToken.None);
        var other = await cache.GetOrCreateAsync(new IngestCacheKey(new string('b', 64), "dcra", "2"), (dir, ct) => Produce(dir, ref calls), CancellationToken.None);

        Assert.Equal(2, calls);
        Assert.False(other.Hit);
    }

    [Fact]
    public async Task GetOrCreate_EntryOfAnotherBuild_ProducesAgain()
    {
        var cache = new IngestCache(_root);
        var calls = 0;
        var ours = new IngestCacheKey(new string('e', 64), "dcra", "1");
        await cache.GetOrCreateAsync(ours with { Build = "0badbeef" }, (dir, ct) => Produce(dir, ref calls), CancellationToken.None);
        var again = await cache.GetOrCreateAsync(ours, (dir, ct) => Produce(dir, ref calls), CancellationToken.None);

        Assert.Equal(BuildFingerprint.Value, ours.Build);
        Assert.Equal(2, calls);
        Assert.False(again.Hit);
        Assert.True(cache.TryGet(ours with { Build = "0badbeef" }, out _)); // the older build's entry stays until eviction
    }

    [Fact]
    public void BuildFingerprint_DiffersPerSourceRevision()
    {
        Assert.Matches("^[0-9a-f]{8}$", BuildFingerprint.Value);
        Assert.NotEqual(BuildFingerprint.Of("0.1.0+1a2b3c4d5e"), BuildFingerprint.Of("0.1.0+1a2b3c4d5f"));
    }

    [Fact]
    public async Task GetOrCreate_DamagedEntry_IsRebuilt()
    {
        var cache = new IngestCache(_root);
        var key = new IngestCacheKey(new string('c', 64), "nkr", "1");
        var calls = 0;
        var entry = await cache.GetOrCreateAsync(key, (dir, ct) => Produce(dir, ref calls), CancellationToken.None);
        File.WriteAllText(entry.PathOf("part/rows.txt"), "ro"); // truncated behind the cache's back

        Assert.False(cache.TryGet(key, out _));
        var rebuilt = await cache.GetOrCreateAsync(key, (dir, ct) => Produce(dir, ref calls), CancellationToken.None);

        Assert.Equal(2, calls);
        Assert.Equal("rows", File.ReadAllText(rebuilt.PathOf("part/rows.txt")));
    }

    [Fact]
    public async Task GetOrCreate_ProducerThrows_CachesNothingAndLeavesNoTemporaryFolder()
    {
        var cache = new IngestCache(_root);
        var key = new IngestCacheKey(new string('d', 64), "lbz", "1");

        await Assert.ThrowsAsync<InvalidDataException>(() => cache.GetOrCreateAsync(key, (dir, ct) =>
        {
            File.WriteAllText(Path.Combine(dir, "half.txt"), "x");
            throw new InvalidDataException("bad file");
        }, CancellationToken.None));

        Assert.False(cache.TryGet(key, out _));
        Assert.Empty(Directory.GetDirectories(Path.Combine(_root, ".tmp")));
    }

    [Fact]
    public void SweepTemporary_RemovesFoldersOfDeadProcessesOnly()
    {
        var dead = Path.Combine(_root, ".tmp", $"{new string('e', 64)}.x@1.999999.{Guid.NewGuid():N}");
        var alive = Path.Combine(_root, ".tmp", $"{new string('f', 64)}.x@1.{Environment.ProcessId}.{Guid.NewGuid():N}");
        Directory.CreateDirectory(dead);
        Directory.CreateDirectory(alive);

        new IngestCache(_root).SweepTemporary();

        Assert.False(Directory.Exists(dead));
        Assert.True(Directory.Exists(alive));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static Task<IngestCounts> Produce(string dir, ref int calls)
    {
        calls++;
        Directory.CreateDirectory(Path.Combine(dir, "part"));
        File.WriteAllText(Path.Combine(dir, "part", "rows.txt"), "rows");
        return Task.FromResult(new IngestCounts(10, 9, 1));
    }
}
