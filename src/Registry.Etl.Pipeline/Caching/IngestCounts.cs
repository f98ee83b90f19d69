namespace Registry.Etl.Pipeline.Caching;

/// <summary>The row accounting kept with a cache entry, so a cache hit reports the same numbers as a parse.</summary>
public sealed record IngestCounts(long RowsRead, long RowsAccepted, long RowsQuarantined)
{
    /// <summary>
    /// Warnings and rejects by reason code, when the entry's maker counted them. They live in the entry's own
    /// record rather than a file of their own: every file is an inode to allocate, and a national set has
    /// ~4,000 small exports (on a file system without a journal, ext4 scans past recently deleted inodes
    /// for each new one, and that scan took a third of the CPU of ingesting the small hospital exports).
    /// </summary>
    public SortedDictionary<string, long>? Issues { get; init; }
}
