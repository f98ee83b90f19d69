using System.Text.Json;

namespace Registry.Etl.Pipeline.Hashing;

/// <summary>
/// The SHA-256 of each export file as last computed, with the file's <see cref="FileIdentity"/> then, kept in
/// <c>&lt;state&gt;/cache/input-hashes.json</c>: a nightly run hashes only the files written since (a new day's
/// exports) instead of the whole national set (~3 GB) again. A file whose identity differs, or cannot be had,
/// is hashed. The file holds the files of the latest run only; a damaged one is ignored.
/// </summary>
internal sealed class InputHashCache
{
    private readonly string _path;
    private readonly Dictionary<string, Entry> _before;

    private InputHashCache(string path, Dictionary<string, Entry> before)
    {
        _path = path;
        _before = before;
    }

    public static InputHashCache Load(string stateDirectory)
    {
        var path = Path.Combine(stateDirectory, "cache", "input-hashes.json");
        Dictionary<string, Entry>? before = null;
        try
        {
            if (File.Exists(path))
            {
                before = JsonSerializer.Deserialize<Dictionary<string, Entry>>(File.ReadAllBytes(path));
            }
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            before = null; // every file is hashed, and the cache written anew
        }

        return new InputHashCache(path, new Dictionary<string, Entry>(before ?? [], StringComparer.Ordinal));
    }

    /// <summary>The recorded SHA-256 of <paramref name="path"/> if it has not been written since; else null.</summary>
    public string? TryGet(string path, string? identity) =>
        identity is not null && _before.TryGetValue(path, out var e) && e.Identity == identity && e.Sha256 is { Length: 64 } ? e.Sha256 : null;

    /// <summary>Records this run's files (only those: files gone since are forgotten), written whole under a temporary name.</summary>
    public void Save(IEnumerable<(string Path, string? Identity, string Sha256)> files)
    {
        var entries = new SortedDictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var (path, identity, sha) in files)
        {
            if (identity is not null)
            {
                entries[path] = new Entry(identity, sha);
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var temp = $"{_path}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}";
        File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(entries));
        File.Move(temp, _path, overwrite: true);
    }

    internal sealed record Entry(string Identity, string Sha256);
}
