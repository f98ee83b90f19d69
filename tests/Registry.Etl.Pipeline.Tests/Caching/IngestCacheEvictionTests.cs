using System.Security.Cryptography;
using System.Text;
using Registry.Etl.Pipeline.Caching;
using Registry.Etl.Pipeline.Running;
using Registry.Etl.Pipeline.TestHost;

namespace Registry.Etl.Pipeline.Tests.Caching;

/// <summary>After a publish, cache entries no retained run used are removed; those the run used, never.</summary>
public sealed class IngestCacheEvictionTests : IDisposable
{
    private const string Changing = "h0/dcra_2025-01-01.csv";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "registry-etl-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Runs_EntryNotUsedByLastKeepRuns_RemovedAfterPublish_OtherPipelinesEntriesKept()
    {
        using var ws = TestWorkspace.Create(files: 2, rowsPerFile: 20);
        var pipeline = ws.WritePipeline("- standardise", keepRuns: 2);
        var other = ws.WritePipeline("- name: standardise\n  options: { contract_version: \"2\" }", name: "other");
        var v1 = File.ReadAllText(Path.Combine(ws.ExportsDirectory, "dcra", Changing));
        var v2 = TestWorkspace.Rows(1002, 20);
        var v3 = TestWorkspace.Rows(1003, 20);

        Assert.Equal(RunStatus.Succeeded, (await TestRuns.RunAsync(other, TestRuns.Day1, Path.Combine(ws.Root, "out-other"))).Status);
        var otherEntries = Entries(ws).Where(e => e.EndsWith($"@2.{BuildFingerprint.Value}", StringComparison.Ordinal)).ToArray();
        Assert.Equal(4, otherEntries.Length);

        await RunWithAsync(ws, pipeline, v1); // run 1 uses X1
        await RunWithAsync(ws, pipeline, v2); // run 2 uses X2; X1 still used by run 1, one of the last two
        Assert.Contains(Entry(v1), Entries(ws));
        await RunWithAsync(ws, pipeline, v3); // run 3 uses X3: the last two runs (2, 3) no longer use X1

        var entries = Entries(ws);
        Assert.DoesNotContain(Entry(v1), entries);
        Assert.Contains(Entry(v2), entries);
        Assert.Contains(Entry(v3), entries);
        Assert.Equal(3 + 2, entries.Count(e => e.EndsWith($"@1.{BuildFingerprint.Value}", StringComparison.Ordinal)));
        Assert.All(otherEntries, e => Assert.Contains(e, entries));

        // evicted means gone: X1 is parsed again, the three unchanged files still come from the cache
        var back = await RunWithAsync(ws, pipeline, v1);
        Assert.Equal(3, back.InputsFromCache.Count);
        Assert.DoesNotContain(back.InputsFromCache, p => p.EndsWith(Changing, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EvictUnused_NeverRemovesAnEntryTheCurrentRunUsed_EvenWhenItsRecordIsNotNewest()
    {
        var earlier = new IngestCache(_root);
        await MakeAsync(earlier, 'a');
        await MakeAsync(earlier, 'b');
        earlier.EvictUnused("p", "run-1", keepRuns: 1, new DateTimeOffset(2025, 3, 2, 0, 0, 0, TimeSpan.Zero));

        var current = new IngestCache(_root);
        await MakeAsync(current, 'b'); // a hit
        await MakeAsync(current, 'c');
        // a clock set back: this run's record is older than run-1's, which is the one keep_runs=1 keeps
        var removed = current.EvictUnused("p", "run-2", keepRuns: 1, new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Empty(removed); // a: run-1, the newest record; b, c: this run
        Assert.True(current.TryGet(Key('b'), out _));
        Assert.True(current.TryGet(Key('c'), out _));

        var third = new IngestCache(_root);
        await MakeAsync(third, 'c');
        var evicted = third.EvictUnused("p", "run-3", keepRuns: 1, new DateTimeOffset(2025, 3, 3, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(2, evicted.Count); // a and b: only run-3's record is left
        Assert.False(third.TryGet(Key('a'), out _));
        Assert.False(third.TryGet(Key('b'), out _));
        Assert.True(third.TryGet(Key('c'), out _));
        Assert.Empty(Directory.GetDirectories(Path.Combine(_root, ".tmp")));
    }

    [Fact]
    public async Task EvictUnused_EntryOfAnotherBuild_RemovedEvenWhileARetainedRunNamesIt()
    {
        var older = new IngestCache(_root);
        var otherBuild = Key('a') with { Build = "0badbeef" };
        await older.GetOrCreateAsync(otherBuild, async (dir, ct) =>
        {
            await File.WriteAllTextAsync(Path.Combine(dir, "rows.txt"), "rows", ct);
            return new IngestCounts(1, 1, 0);
        }, CancellationToken.None);
        await MakeAsync(older, 'b');
        Assert.Empty(older.EvictUnused("p", "run-1", keepRuns: 5, new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero)));

        var current = new IngestCache(_root);
        await MakeAsync(current, 'c');
        var removed = current.EvictUnused("p", "run-2", keepRuns: 5, new DateTimeOffset(2025, 3, 2, 0, 0, 0, TimeSpan.Zero));

        // run-1 is retained and names both of its entries: this build's stays, the other build's goes
        Assert.Equal([otherBuild.FolderName], removed.Select(r => r[(r.IndexOf('/') + 1)..]));
        Assert.False(current.TryGet(otherBuild, out _));
        Assert.True(current.TryGet(Key('b'), out _));
        Assert.True(current.TryGet(Key('c'), out _));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static async Task<RunOutcome> RunWithAsync(TestWorkspace ws, string pipeline, string content)
    {
        File.WriteAllText(Path.Combine(ws.ExportsDirectory, "dcra", Changing), content);
        var outcome = await TestRuns.RunAsync(pipeline, TestRuns.Day1);
        Assert.Equal(RunStatus.Succeeded, outcome.Status);
        return outcome;
    }

    /// <summary>Cache entries on disk as "shard/folder".</summary>
    private static List<string> Entries(TestWorkspace ws)
    {
        var root = Path.Combine(ws.StateDirectory, "cache", "ingest");
        return Directory.GetDirectories(root).Where(d => !Path.GetFileName(d).StartsWith('.'))
            .SelectMany(Directory.GetDirectories).Select(d => Path.GetRelativePath(root, d).Replace('\\', '/')).ToList();
    }

    private static string Entry(string content)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
        return $"{sha[..2]}/{sha}.test-dcra@1.{BuildFingerprint.Value}";
    }

    private static IngestCacheKey Key(char c) => new(new string(c, 64), "dcra", "1");

    private static Task<IngestCacheEntry> MakeAsync(IngestCache cache, char c) =>
        cache.GetOrCreateAsync(Key(c), async (dir, ct) =>
        {
            await File.WriteAllTextAsync(Path.Combine(dir, "rows.txt"), "rows", ct);
            return new IngestCounts(1, 1, 0);
        }, CancellationToken.None);
}
