using System.Globalization;
using Registry.Etl.Core;
using Registry.Etl.Core.Errors;
using YamlDotNet.RepresentationModel;

namespace Registry.Etl.Linkage.Model;

/// <summary>Typed access to YAML nodes; every error names the file, line and column of the offending node.</summary>
internal sealed class YamlReader(string source)
{
    public string Source { get; } = source;

    public SourceLocation At(YamlNode node) => new(Source, (int)node.Start.Line, (int)node.Start.Column);

    public YamlMappingNode Mapping(YamlNode node, string what) =>
        node as YamlMappingNode ?? Throw.Configuration<YamlMappingNode>($"{what} must be a mapping.", At(node));

    public YamlSequenceNode Sequence(YamlNode node, string what) =>
        node as YamlSequenceNode ?? Throw.Configuration<YamlSequenceNode>($"{what} must be a list.", At(node));

    public string Scalar(YamlNode node, string what)
    {
        var scalar = node as YamlScalarNode ?? Throw.Configuration<YamlScalarNode>($"{what} must be a single value.", At(node));
        return scalar.Value ?? string.Empty;
    }

    public static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    public YamlNode Required(YamlMappingNode map, string key, string what) =>
        Get(map, key) ?? Throw.Configuration<YamlNode>($"{what} needs '{key}'.", At(map));

    /// <summary>Rejects keys the format does not know, so a typo fails loudly instead of silently using a default.</summary>
    public void AllowOnly(YamlMappingNode map, string what, params string[] keys)
    {
        foreach (var (k, _) in map.Children)
        {
            var name = Scalar(k, "A key");
            if (Array.IndexOf(keys, name) < 0)
            {
                Throw.Configuration($"Unknown key '{name}' in {what}; allowed: {string.Join(", ", keys)}.", At(k));
            }
        }
    }

    public string String(YamlMappingNode map, string key, string what) => Scalar(Required(map, key, what), $"{what}.{key}");

    public string? OptionalString(YamlMappingNode map, string key, string what) =>
        Get(map, key) is { } n ? Scalar(n, $"{what}.{key}") : null;

    public double Double(YamlMappingNode map, string key, string what, double fallback) =>
        Get(map, key) is { } n ? ParseDouble(n, $"{what}.{key}") : fallback;

    public double ParseDouble(YamlNode node, string what)
    {
        var text = Scalar(node, what);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v
            : Throw.Configuration<double>($"{what} must be a number, got '{text}'.", At(node));
    }

    public long Long(YamlMappingNode map, string key, string what, long fallback)
    {
        if (Get(map, key) is not { } n)
        {
            return fallback;
        }

        var text = Scalar(n, $"{what}.{key}");
        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v))
        {
            return v;
        }

        // 1e6 and 1_000_000 are natural ways to write big counts.
        var cleaned = text.Replace("_", string.Empty, StringComparison.Ordinal);
        return double.TryParse(cleaned, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d) && Math.Abs(d) < 9e18
            ? (long)d
            : Throw.Configuration<long>($"{what}.{key} must be a whole number, got '{text}'.", At(n));
    }

    public int Int(YamlMappingNode map, string key, string what, int fallback)
    {
        var v = Long(map, key, what, fallback);
        return v is >= int.MinValue and <= int.MaxValue ? (int)v : Throw.Configuration<int>($"{what}.{key} is out of range.", At(map));
    }

    public bool Bool(YamlMappingNode map, string key, string what, bool fallback)
    {
        if (Get(map, key) is not { } n)
        {
            return fallback;
        }

        return Scalar(n, $"{what}.{key}").ToLowerInvariant() switch
        {
            "true" or "yes" or "on" => true,
            "false" or "no" or "off" => false,
            var t => Throw.Configuration<bool>($"{what}.{key} must be true or false, got '{t}'.", At(n)),
        };
    }

    /// <summary>A column: a name, or a mapping {left: a, right: b}.</summary>
    public ColumnRef Column(YamlNode node, string what)
    {
        if (node is YamlScalarNode)
        {
            var name = Scalar(node, what);
            return name.Length == 0 ? Throw.Configuration<ColumnRef>($"{what} is empty.", At(node)) : ColumnRef.Same(name);
        }

        var map = Mapping(node, what);
        AllowOnly(map, what, "left", "right");
        return new ColumnRef(String(map, "left", what), String(map, "right", what));
    }
}
