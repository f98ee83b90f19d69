using Registry.Etl.Pipeline.Publishing;

namespace Registry.Etl.Pipeline.Caching;

/// <summary>
/// Eviction: after a run publishes, the entries it used are recorded under <c>.usage/&lt;pipeline&gt;/&lt;run-id&gt;</c>
/// and every entry not used by the pipeline's last <c>keep_runs</c> published runs (nor by any recorded run
/// of another pipeline sharing this state folder, nor by this run) is removed. So the cache holds what the
/// retained runs were made from, and a re-run of any of them is still incremental. An entry made by another build
/// of registry-etl goes too, whoever used it: this build never reads it (the build is part of every key), and after
/// an upgrade the national set's 7 GB of the old build's entries would otherwise stay for <c>keep_runs</c> nights.
/// </summary>
public sealed partial class IngestCache
{
    private const string UsageFolder = ".usage";

    /// <summary>The entries this instance hit or made, relative to <see cref="Root"/> ('/'-separated, ordinal order).</summary>
    public IReadOnlyList<string> UsedEntries => _used.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// Records the entries this run used as run <paramref name="runId"/> of <paramref name="pipeline"/> (published at
    /// <paramref name="publishedUtc"/>), drops the usage records of that pipeline beyond the newest
    /// <paramref name="keepRuns"/>, and removes every entry no remaining record names. Returns the removed entries.
    /// </summary>
    public IReadOnlyList<string> EvictUnused(string pipeline, string runId, int keepRuns, DateTimeOffset publishedUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pipeline);
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        ArgumentOutOfRangeException.ThrowIfLessThan(keepRuns, 1);

        var usage = Path.Combine(Root, UsageFolder, pipeline);
        Directory.CreateDirectory(usage);
        var record = Path.Combine(usage, runId);
        var temp = $"{record}.{Environment.ProcessId}.tmp";
        File.WriteAllLines(temp, UsedEntries);
        File.Move(temp, record, overwrite: true);
        File.SetLastWriteTimeUtc(record, publishedUtc.UtcDateTime); // newest record = latest publication

        // this pipeline: the newest keep_runs records (this run's among them); other pipelines: all of theirs
        var ours = new DirectoryInfo(usage).GetFiles()
            .Where(f => !f.Name.EndsWith(".tmp", StringComparison.Ordinal))
            .OrderByDescending(f => f.LastWriteTimeUtc).ThenByDescending(f => f.Name, StringComparer.Ordinal)
            .ToArray();
        foreach (var old in ours.Skip(keepRuns).Where(f => f.FullName != record))
        {
            old.Delete();
        }

        var keep = new HashSet<string>(_used.Keys, StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, UsageFolder), "*", SearchOption.AllDirectories))
        {
            if (!file.EndsWith(".tmp", StringComparison.Ordinal))
            {
                keep.UnionWith(File.ReadAllLines(file).Where(l => l.Length > 0));
            }
        }

        var removed = new List<string>();
        foreach (var shard in Directory.EnumerateDirectories(Root).Where(d => !Path.GetFileName(d).StartsWith('.')))
        {
            foreach (var entry in Directory.GetDirectories(shard))
            {
                var relative = Relative(entry);
                if (_used.ContainsKey(relative) || (keep.Contains(relative) && !OfAnotherBuild(relative)))
                {
                    continue;
                }

                // out of sight in one rename, then deleted; the pid in the name lets SweepTemporary finish a killed eviction
                var doomed = Path.Combine(Root, ".tmp", $"{Path.GetFileName(entry)}.{Environment.ProcessId}.{Guid.NewGuid():N}");
                Directory.CreateDirectory(Path.GetDirectoryName(doomed)!);
                Directory.Move(entry, doomed);
                Directory.Delete(doomed, recursive: true);
                removed.Add(relative);
            }
        }

        FileSync.Directory(Root);
        return removed;
    }

    /// <summary>Whether an entry ("shard/folder") was made by another build; a folder without a build is left to the usage records.</summary>
    private static bool OfAnotherBuild(string relative) =>
        IngestCacheKey.BuildOf(Path.GetFileName(relative)) is { } build && build != BuildFingerprint.Value;

    private void MarkUsed(string entryDirectory) => _used.TryAdd(Relative(entryDirectory), 0);

    private string Relative(string entryDirectory) => Path.GetRelativePath(Root, entryDirectory).Replace('\\', '/');
}
