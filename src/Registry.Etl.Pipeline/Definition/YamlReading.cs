using System.Globalization;
using Registry.Etl.Core.Errors;
using YamlDotNet.RepresentationModel;

namespace Registry.Etl.Pipeline.Definition;

/// <summary>Typed access to YAML nodes that records an issue (with file and line) instead of throwing.</summary>
internal sealed class YamlReading(string file, List<PipelineIssue> issues)
{
    public string File { get; } = file;

    public SourceLocation At(YamlNode node) => new(File, (int)node.Start.Line, (int)node.Start.Column);

    public void Error(YamlNode node, string code, string message) =>
        issues.Add(new PipelineIssue(At(node), code, PipelineIssueSeverity.Error, message));

    public void Error(SourceLocation at, string code, string message) =>
        issues.Add(new PipelineIssue(at, code, PipelineIssueSeverity.Error, message));

    public void Warning(SourceLocation at, string code, string message) =>
        issues.Add(new PipelineIssue(at, code, PipelineIssueSeverity.Warning, message));

    /// <summary>Reports keys outside <paramref name="known"/>: a typo must not silently become a default.</summary>
    public void OnlyKeys(YamlMappingNode map, string what, params string[] known)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (Array.IndexOf(known, name) < 0)
            {
                Error(key, "unknown-key", $"'{name}' is not a key of {what}; expected one of: {string.Join(", ", known)}.");
            }
        }
    }

    public YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public YamlMappingNode? Mapping(YamlMappingNode map, string key)
    {
        var node = Child(map, key);
        if (node is null or YamlMappingNode)
        {
            return (YamlMappingNode?)node;
        }

        Error(node, "wrong-type", $"'{key}' must be a mapping.");
        return null;
    }

    public YamlSequenceNode? Sequence(YamlMappingNode map, string key)
    {
        var node = Child(map, key);
        if (node is null or YamlSequenceNode)
        {
            return (YamlSequenceNode?)node;
        }

        Error(node, "wrong-type", $"'{key}' must be a list.");
        return null;
    }

    public string? Text(YamlMappingNode map, string key, bool required, YamlNode? owner = null)
    {
        var node = Child(map, key);
        if (node is null)
        {
            if (required)
            {
                Error(owner ?? map, "missing-key", $"'{key}' is required here.");
            }

            return null;
        }

        if (node is YamlScalarNode { Value: { Length: > 0 } value })
        {
            return value;
        }

        Error(node, "wrong-type", $"'{key}' must be a non-empty text value.");
        return null;
    }

    public int? Integer(YamlMappingNode map, string key, int min, int max)
    {
        var text = Text(map, key, required: false);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max)
        {
            return v;
        }

        Error(Child(map, key)!, "out-of-range", $"'{key}' must be a whole number from {min} to {max}, was '{text}'.");
        return null;
    }

    public double? Fraction(YamlMappingNode map, string key)
    {
        var text = Text(map, key, required: false);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v is >= 0 and <= 1)
        {
            return v;
        }

        Error(Child(map, key)!, "out-of-range", $"'{key}' must be a number from 0 to 1, was '{text}'.");
        return null;
    }

    public bool? Boolean(YamlMappingNode map, string key)
    {
        var text = Text(map, key, required: false);
        if (text is null)
        {
            return null;
        }

        if (bool.TryParse(text, out var v))
        {
            return v;
        }

        Error(Child(map, key)!, "wrong-type", $"'{key}' must be true or false, was '{text}'.");
        return null;
    }

    public TimeSpan? Duration(YamlMappingNode map, string key)
    {
        var text = Text(map, key, required: false);
        if (text is null)
        {
            return null;
        }

        if (TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out var v) && v > TimeSpan.Zero)
        {
            return v;
        }

        Error(Child(map, key)!, "wrong-type", $"'{key}' must be a positive duration hh:mm:ss (e.g. 00:10:00), was '{text}'.");
        return null;
    }

    /// <summary>Resolves a path written in the pipeline file against the file's folder.</summary>
    public string ResolvePath(string path) =>
        Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(Path.GetDirectoryName(File)!, path));
}
