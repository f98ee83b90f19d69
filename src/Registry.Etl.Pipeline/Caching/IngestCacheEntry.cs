namespace Registry.Etl.Pipeline.Caching;

/// <summary>A complete, immutable cache entry: a folder of standardised files and their row counts.</summary>
/// <param name="Key">What it was made from.</param>
/// <param name="Directory">The entry's folder; never write into it.</param>
/// <param name="Files">The entry's files, relative to <paramref name="Directory"/>, ordinal order.</param>
/// <param name="Counts">Rows read, accepted and quarantined when the file was parsed.</param>
/// <param name="Hit">True when this call reused an entry; false when it just made it.</param>
public sealed record IngestCacheEntry(IngestCacheKey Key, string Directory, IReadOnlyList<string> Files, IngestCounts Counts, bool Hit)
{
    public string PathOf(string relativeFile) => Path.Combine(Directory, relativeFile);
}
