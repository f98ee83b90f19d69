using System.Globalization;
using Registry.Etl.Core;
using Registry.Etl.Core.Errors;
using YamlDotNet.RepresentationModel;

namespace Registry.Etl.Ingest.Contracts;

/// <summary>Typed access to the YAML nodes of one contract file; every error names file, line and column.</summary>
internal sealed class ContractYaml(string file)
{
    public string File { get; } = file;

    public SourceLocation At(YamlNode node) => new(File, (int)node.Start.Line, (int)node.Start.Column);

    public T Fail<T>(YamlNode node, string message) => Throw.Configuration<T>(message, At(node));

    public void OnlyKeys(YamlMappingNode map, string what, params string[] known)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (Array.IndexOf(known, name) < 0)
            {
                Fail<int>(key, $"'{name}' is not a key of {what}; expected one of: {string.Join(", ", known)}.");
            }
        }
    }

    public YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public YamlMappingNode AsMapping(YamlNode node, string what) =>
        node as YamlMappingNode ?? Fail<YamlMappingNode>(node, $"{what} must be a mapping.");

    public YamlMappingNode Mapping(YamlMappingNode map, string key) =>
        Child(map, key) is { } node ? AsMapping(node, $"'{key}'") : Fail<YamlMappingNode>(map, $"'{key}' is required here.");

    public YamlSequenceNode Sequence(YamlMappingNode map, string key) =>
        Child(map, key) switch
        {
            YamlSequenceNode s => s,
            null => Fail<YamlSequenceNode>(map, $"'{key}' is required here."),
            var other => Fail<YamlSequenceNode>(other, $"'{key}' must be a list."),
        };

    public string? Text(YamlMappingNode map, string key, bool required)
    {
        switch (Child(map, key))
        {
            case null when required:
                return Fail<string>(map, $"'{key}' is required here.");
            case null:
                return null;
            case YamlScalarNode { Value: { Length: > 0 } value }:
                return value;
            case var node:
                return Fail<string>(node, $"'{key}' must be a non-empty text value.");
        }
    }

    public string Scalar(YamlNode node, string what) =>
        node is YamlScalarNode { Value: { } v } ? v : Fail<string>(node, $"{what} must be a single value.");

    public bool Flag(YamlMappingNode map, string key)
    {
        var text = Text(map, key, required: false);
        return text switch
        {
            null or "false" => false,
            "true" => true,
            _ => Fail<bool>(Child(map, key)!, $"'{key}' must be true or false, was '{text}'."),
        };
    }

    public double? Number(YamlNode node, string what)
    {
        var text = Scalar(node, what);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
            ? v
            : Fail<double>(node, $"{what} must be a number, was '{text}'.");
    }

    public static bool IsNull(YamlScalarNode node) =>
        node.Style == YamlDotNet.Core.ScalarStyle.Plain && node.Value is "null" or "~";
}
