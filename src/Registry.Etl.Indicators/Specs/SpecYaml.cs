using System.Globalization;
using Registry.Etl.Core;
using Registry.Etl.Core.Errors;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Registry.Etl.Indicators.Specs;

/// <summary>Typed access to the YAML nodes of one spec file; every error names file, line and column.</summary>
internal sealed class SpecYaml(string file, string[] lines)
{
    public string File { get; } = file;

    public SourceLocation At(YamlNode node) => new(File, (int)node.Start.Line, (int)node.Start.Column);

    /// <summary>Where the text of a scalar starts: after a quote, or on the first line of a block scalar.</summary>
    public SourceLocation TextStart(YamlScalarNode node)
    {
        var line = (int)node.Start.Line;
        var column = (int)node.Start.Column;
        switch (node.Style)
        {
            case ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted:
                return new SourceLocation(File, line, column + 1);
            case ScalarStyle.Literal or ScalarStyle.Folded:
                for (var l = line + 1; l <= lines.Length; l++)
                {
                    var text = lines[l - 1];
                    var indent = text.Length - text.TrimStart(' ').Length;
                    if (indent < text.Length)
                    {
                        return new SourceLocation(File, l, indent + 1);
                    }
                }

                return new SourceLocation(File, line, column);
            default:
                return new SourceLocation(File, line, column);
        }
    }

    public YamlMappingNode Mapping(YamlNode node, string what) =>
        node as YamlMappingNode ?? Throw.Configuration<YamlMappingNode>($"{what} must be a mapping.", At(node));

    public YamlSequenceNode Sequence(YamlNode node, string what) =>
        node as YamlSequenceNode ?? Throw.Configuration<YamlSequenceNode>($"{what} must be a list.", At(node));

    public YamlScalarNode ScalarNode(YamlNode node, string what) =>
        node as YamlScalarNode ?? Throw.Configuration<YamlScalarNode>($"{what} must be a single value.", At(node));

    public string Scalar(YamlNode node, string what) => ScalarNode(node, what).Value ?? string.Empty;

    public static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    public YamlNode Required(YamlMappingNode map, string key, string what) =>
        Get(map, key) ?? Throw.Configuration<YamlNode>($"{what} needs '{key}'.", At(map));

    /// <summary>Rejects keys the format does not know, so a typo fails instead of silently becoming a default.</summary>
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

    public string String(YamlMappingNode map, string key, string what)
    {
        var node = Required(map, key, what);
        var text = Scalar(node, $"{what}.{key}").Trim();
        return text.Length > 0 ? text : Throw.Configuration<string>($"{what}.{key} is empty.", At(node));
    }

    public string? OptionalString(YamlMappingNode map, string key, string what) =>
        Get(map, key) is { } n ? Scalar(n, $"{what}.{key}").Trim() : null;

    public SpecText Text(YamlMappingNode map, string key, string what) => TextOf(Required(map, key, what), $"{what}.{key}");

    public SpecText? OptionalText(YamlMappingNode map, string key, string what) =>
        Get(map, key) is { } n ? TextOf(n, $"{what}.{key}") : null;

    public SpecText TextOf(YamlNode node, string what)
    {
        var scalar = ScalarNode(node, what);
        var text = (scalar.Value ?? string.Empty).TrimEnd();
        return text.Trim().Length > 0 ? new SpecText(text, TextStart(scalar)) : Throw.Configuration<SpecText>($"{what} is empty.", At(node));
    }

    public int Int(YamlMappingNode map, string key, string what) => IntOf(Required(map, key, what), $"{what}.{key}");

    public int IntOf(YamlNode node, string what)
    {
        var text = Scalar(node, what);
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v)
            ? v
            : Throw.Configuration<int>($"{what} must be a whole number, got '{text}'.", At(node));
    }

    public double DoubleOf(YamlNode node, string what)
    {
        var text = Scalar(node, what);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v
            : Throw.Configuration<double>($"{what} must be a number, got '{text}'.", At(node));
    }

    public DateOnly DateOf(YamlNode node, string what)
    {
        var text = Scalar(node, what);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : Throw.Configuration<DateOnly>($"{what} must be a date yyyy-MM-dd, got '{text}'.", At(node));
    }

    /// <summary>A name from a fixed list (the spec's vocabulary), as <typeparamref name="T"/>.</summary>
    public T Choice<T>(YamlNode node, string what, IReadOnlyDictionary<string, T> choices)
    {
        var text = Scalar(node, what);
        return choices.TryGetValue(text, out var v)
            ? v
            : Throw.Configuration<T>($"{what} must be one of {string.Join(", ", choices.Keys)}; got '{text}'.", At(node));
    }
}
