using System.Globalization;
using Registry.Etl.Core;
using Registry.Etl.Core.Errors;
using Registry.Etl.Indicators.Specs;

namespace Registry.Etl.Indicators.Catalog;

/// <summary>
/// The specs of one <c>indicator-specs/</c> folder, resolved by <c>id@version</c>. Loading parses every
/// file; linting (<see cref="Linting.SpecLinter"/>) is the stricter check CI runs.
/// </summary>
public sealed class SpecCatalog
{
    private readonly SortedDictionary<string, IndicatorSpec> _specs;

    private SpecCatalog(string root, SortedDictionary<string, IndicatorSpec> specs)
    {
        Root = root;
        _specs = specs;
    }

    public string Root { get; }

    public IEnumerable<IndicatorSpec> All => _specs.Values;

    /// <summary>Every <c>&lt;folder&gt;/*.yaml</c> under <paramref name="root"/>, in ordinal order.</summary>
    public static IReadOnlyList<SpecFile> Files(string root)
    {
        if (!Directory.Exists(root))
        {
            Throw.Configuration($"The specs folder '{root}' does not exist.");
        }

        var parent = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)));
        var files = new List<SpecFile>();
        foreach (var dir in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            var folder = Path.GetFileName(dir);
            foreach (var file in Directory.GetFiles(dir, "*.yaml").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(file);
                int? version = name.Length > 1 && name[0] == 'v' && int.TryParse(name.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
                files.Add(new SpecFile(file, $"{parent}/{folder}/{Path.GetFileName(file)}", folder, version));
            }
        }

        return files;
    }

    public static IndicatorSpec LoadFile(SpecFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return SpecParser.Parse(File.ReadAllText(file.Path), file.DisplayPath);
    }

    public static SpecLock LoadLock(string root)
    {
        var path = Path.Combine(root, SpecLock.FileName);
        return File.Exists(path) ? SpecLock.Parse(File.ReadAllText(path), SpecLock.FileName) : SpecLock.Empty;
    }

    /// <summary>Parses every spec file (the first bad file throws with its position).</summary>
    public static SpecCatalog Load(string root)
    {
        var specs = new SortedDictionary<string, IndicatorSpec>(StringComparer.Ordinal);
        foreach (var file in Files(root))
        {
            var spec = LoadFile(file);
            if (!specs.TryAdd(spec.Key, spec))
            {
                Throw.Configuration($"{spec.Key} is defined twice.", spec.Location);
            }
        }

        return new SpecCatalog(root, specs);
    }

    public bool TryResolve(string key, out IndicatorSpec spec) => _specs.TryGetValue(key, out spec!);

    /// <summary>The spec pinned as <c>id@version</c>; an unknown pin is a configuration error.</summary>
    public IndicatorSpec Resolve(string key, SourceLocation? where = null) =>
        _specs.TryGetValue(key, out var spec)
            ? spec
            : Throw.Configuration<IndicatorSpec>($"No indicator spec {key} under '{Root}' (known: {string.Join(", ", _specs.Keys)}).", where);
}
