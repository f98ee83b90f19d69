using System.Globalization;
using System.Text;
using Registry.Etl.Core;
using Registry.Etl.Core.Errors;

namespace Registry.Etl.Indicators.Catalog;

/// <summary>
/// <c>indicator-specs/specs.lock</c>: the hash of every published version, one <c>id@version sha256</c> per
/// line (ordinal order; <c>#</c> starts a comment). A published file whose hash differs fails the linter:
/// versions are files, not edits.
/// </summary>
public sealed class SpecLock
{
    public const string FileName = "specs.lock";

    private readonly SortedDictionary<string, string> _hashes;

    private SpecLock(SortedDictionary<string, string> hashes) => _hashes = hashes;

    public IReadOnlyDictionary<string, string> Hashes => _hashes;

    public static SpecLock Empty => new(new SortedDictionary<string, string>(StringComparer.Ordinal));

    public static SpecLock Parse(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2 || !parts[0].Contains('@', StringComparison.Ordinal) || parts[1].Length != 64)
            {
                Throw.Configuration("A lock line is 'id@version sha256'.", new SourceLocation(file, i + 1, 1));
            }

            if (!hashes.TryAdd(parts[0], parts[1]))
            {
                Throw.Configuration($"{parts[0]} is locked twice.", new SourceLocation(file, i + 1, 1));
            }
        }

        return new SpecLock(hashes);
    }

    public bool TryGet(string key, out string hash) => _hashes.TryGetValue(key, out hash!);

    /// <summary>A lock with <paramref name="key"/> added; an existing entry is never replaced.</summary>
    public SpecLock With(string key, string hash)
    {
        var copy = new SortedDictionary<string, string>(_hashes, StringComparer.Ordinal);
        copy.TryAdd(key, hash);
        return new SpecLock(copy);
    }

    public string Render()
    {
        var sb = new StringBuilder();
        sb.Append("# Hashes of the published indicator spec versions (sha256 of the file with LF line ends).\n");
        sb.Append("# A published version is immutable: change it by adding a new version. `registry-etl validate --update-lock` adds new entries.\n");
        foreach (var (k, v) in _hashes)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{k} {v}\n");
        }

        return sb.ToString();
    }
}
