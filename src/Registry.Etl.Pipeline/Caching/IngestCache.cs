using System.Text.Json;
using Registry.Etl.Pipeline.Publishing;

namespace Registry.Etl.Pipeline.Caching;

/// <summary>
/// The incremental-ingest cache in the state folder: <c>cache/ingest/&lt;aa&gt;/&lt;sha256&gt;.&lt;contract&gt;@&lt;version&gt;/</c>
/// holding the standardised output of one export file and an <c>entry.json</c> with its row counts (and issue
/// counts, <see cref="IngestCounts.Issues"/>) and file sizes. An entry is built in <c>.tmp/</c> and renamed into
/// place complete, so a killed run leaves either no entry or a whole one; an entry whose files do not match
/// <c>entry.json</c> is rebuilt.
/// </summary>
public sealed partial class IngestCache
{
    private const string EntryFile = "entry.json";

    // entries this instance (one run) hit or made, as paths relative to Root: what eviction must never remove
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _used = new(StringComparer.Ordinal);

    public IngestCache(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        Root = Path.GetFullPath(root);
    }

    /// <summary>The cache's folder (<c>&lt;state&gt;/cache/ingest</c> for a pipeline).</summary>
    public string Root { get; }

    public static IngestCache ForState(string stateDirectory) => new(Path.Combine(stateDirectory, "cache", "ingest"));

    public bool TryGet(IngestCacheKey key, out IngestCacheEntry entry)
    {
        var dir = EntryDirectory(key);
        var meta = Path.Combine(dir, EntryFile);
        entry = null!;
        if (!File.Exists(meta))
        {
            return false;
        }

        EntryRecord? record;
        try
        {
            record = JsonSerializer.Deserialize<EntryRecord>(File.ReadAllBytes(meta));
        }
        catch (JsonException)
        {
            return false;
        }

        if (record is null)
        {
            return false;
        }

        foreach (var f in record.Files)
        {
            var info = new FileInfo(Path.Combine(dir, f.Path));
            if (!info.Exists || info.Length != f.Bytes)
            {
                return false;
            }
        }

        entry = new IngestCacheEntry(key, dir, record.Files.Select(f => f.Path).ToArray(), record.Counts, Hit: true);
        MarkUsed(dir);
        return true;
    }

    /// <summary>
    /// Returns the entry for <paramref name="key"/>, calling <paramref name="produce"/> to build it only
    /// when there is none. <paramref name="produce"/> writes the standardised files into the folder it is
    /// given and returns the row counts; if it throws, nothing is cached.
    /// </summary>
    public async Task<IngestCacheEntry> GetOrCreateAsync(
        IngestCacheKey key,
        Func<string, CancellationToken, Task<IngestCounts>> produce,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(produce);
        if (TryGet(key, out var hit))
        {
            return hit;
        }

        var temp = Path.Combine(Root, ".tmp", $"{key.FolderName}.{Environment.ProcessId}.{Guid.NewGuid():N}");
        Directory.CreateDirectory(temp);
        try
        {
            var counts = await produce(temp, cancellationToken).ConfigureAwait(false);
            var files = Directory.EnumerateFiles(temp, "*", SearchOption.AllDirectories)
                .Select(f => new FileRecord(Path.GetRelativePath(temp, f).Replace('\\', '/'), new FileInfo(f).Length))
                .OrderBy(f => f.Path, StringComparer.Ordinal)
                .ToArray();
            await File.WriteAllBytesAsync(Path.Combine(temp, EntryFile), JsonSerializer.SerializeToUtf8Bytes(new EntryRecord(counts, files)), cancellationToken)
                .ConfigureAwait(false);
            FileSync.Tree(temp);

            var dir = EntryDirectory(key);
            Directory.CreateDirectory(Path.GetDirectoryName(dir)!);
            if (Directory.Exists(dir))
            {
                // a damaged entry (TryGet refused it): move it out of the way before renaming ours in
                Directory.Move(dir, temp + ".stale");
                Directory.Delete(temp + ".stale", recursive: true);
            }

            try
            {
                Directory.Move(temp, dir);
                FileSync.Directory(Path.GetDirectoryName(dir)!);
            }
            catch (IOException) when (TryGet(key, out var raced))
            {
                // another process made the same entry first: its bytes are as good as ours
                Directory.Delete(temp, recursive: true);
                return raced;
            }

            MarkUsed(dir);
            return new IngestCacheEntry(key, dir, files.Select(f => f.Path).ToArray(), counts, Hit: false);
        }
        catch
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }

            throw;
        }
    }

    /// <summary>
    /// Removes half-built entries whose builder process is gone (the pid is part of the folder name), so
    /// a state folder shared by several pipelines never loses an entry another live run is building.
    /// </summary>
    public void SweepTemporary()
    {
        var tmp = Path.Combine(Root, ".tmp");
        if (!Directory.Exists(tmp))
        {
            return;
        }

        foreach (var dir in Directory.GetDirectories(tmp))
        {
            var parts = Path.GetFileName(dir).Split('.');
            if (parts.Length >= 3 && int.TryParse(parts[^2], out var pid) && !ProcessIsAlive(pid))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    private static bool ProcessIsAlive(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var p = System.Diagnostics.Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private string EntryDirectory(IngestCacheKey key) => Path.Combine(Root, key.Sha256.Length >= 2 ? key.Sha256[..2] : "__", key.FolderName);

    private sealed record FileRecord(string Path, long Bytes);

    private sealed record EntryRecord(IngestCounts Counts, FileRecord[] Files);
}
