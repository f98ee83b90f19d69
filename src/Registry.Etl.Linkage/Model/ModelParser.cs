using Registry.Etl.Core;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Registry.Etl.Linkage.Model;

/// <summary>Parses a linkage model from YAML text (the format is documented in pipelines/linkage/README.md).</summary>
public static partial class ModelParser
{
    /// <summary>Parses <paramref name="yaml"/>; <paramref name="source"/> names the file in error messages.</summary>
    /// <exception cref="Core.Errors.ConfigurationException">The text is not a valid model; the message says where.</exception>
    public static LinkageModel Parse(string yaml, string source = "model.yaml")
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            return Throw.Configuration<LinkageModel>($"Not valid YAML: {e.Message}", new(source, (int)e.Start.Line, (int)e.Start.Column));
        }

        var y = new YamlReader(source);
        if (stream.Documents.Count == 0)
        {
            return Throw.Configuration<LinkageModel>("The model file is empty.", new(source));
        }

        var root = y.Mapping(stream.Documents[0].RootNode, "The model");
        y.AllowOnly(root, "the model", "name", "link_type", "unique_id", "deterministic", "blocking", "comparisons", "training", "decision", "description", "pipeline");
        var linkType = y.OptionalString(root, "link_type", "model") switch
        {
            null or "dedupe" or "dedupe_only" => LinkType.Dedupe,
            "link" or "link_only" => LinkType.Link,
            var t => Throw.Configuration<LinkType>($"link_type must be dedupe or link, got '{t}'.", y.At(YamlReader.Get(root, "link_type")!)),
        };

        var model = new LinkageModel
        {
            Name = y.String(root, "name", "The model"),
            LinkType = linkType,
            UniqueId = YamlReader.Get(root, "unique_id") is { } uid ? y.Column(uid, "unique_id") : null,
            Deterministic = ParseDeterministic(y, YamlReader.Get(root, "deterministic")),
            Blocking = ParseRules(y, y.Required(root, "blocking", "The model"), "blocking"),
            Comparisons = ParseComparisons(y, y.Required(root, "comparisons", "The model")),
            Training = YamlReader.Get(root, "training") is { } tn ? ParseTraining(y, tn) : new TrainingSpec(),
            Decision = YamlReader.Get(root, "decision") is { } d ? ParseDecision(y, d) : new DecisionSpec(),
            Pipeline = ParsePipeline(y, YamlReader.Get(root, "pipeline"), linkType),
        };
        ModelChecker.Check(model, y, root);
        return model;
    }

    private static IReadOnlyList<DeterministicRuleSpec> ParseDeterministic(YamlReader y, YamlNode? node)
    {
        if (node is null)
        {
            return [];
        }

        var rules = new List<DeterministicRuleSpec>();
        foreach (var item in y.Sequence(node, "deterministic").Children)
        {
            var rule = ParseRule(y, item, "deterministic", rules.Count);
            rules.Add(new DeterministicRuleSpec(rule.Name, rule.Keys));
        }

        return rules;
    }

    private static IReadOnlyList<BlockingRuleSpec> ParseRules(YamlReader y, YamlNode node, string what)
    {
        var rules = new List<BlockingRuleSpec>();
        foreach (var item in y.Sequence(node, what).Children)
        {
            rules.Add(ParseRule(y, item, what, rules.Count));
        }

        return rules;
    }

    /// <summary>A rule: a list of keys, or {name, keys}.</summary>
    private static BlockingRuleSpec ParseRule(YamlReader y, YamlNode node, string what, int index)
    {
        string? name = null;
        YamlNode keysNode = node;
        if (node is YamlMappingNode map)
        {
            y.AllowOnly(map, $"a {what} rule", "name", "keys");
            name = y.OptionalString(map, "name", what);
            keysNode = y.Required(map, "keys", $"A {what} rule");
        }
        else if (node is YamlScalarNode)
        {
            var single = ParseKey(y, node, what);
            return new BlockingRuleSpec(single.ToString(), [single]);
        }

        var keys = new List<KeySpec>();
        foreach (var k in y.Sequence(keysNode, $"{what} keys").Children)
        {
            keys.Add(ParseKey(y, k, what));
        }

        if (keys.Count == 0)
        {
            Throw.Configuration($"A {what} rule needs at least one key.", y.At(node));
        }

        return new BlockingRuleSpec(name ?? string.Join(" & ", keys), keys);
    }

    private static KeySpec ParseKey(YamlReader y, YamlNode node, string what)
    {
        if (node is YamlScalarNode)
        {
            return new KeySpec(y.Column(node, $"{what} key"));
        }

        var map = y.Mapping(node, $"A {what} key");
        y.AllowOnly(map, $"a {what} key", "column", "transform", "length", "format");
        var column = y.Column(y.Required(map, "column", $"A {what} key"), $"{what} key column");
        var transform = y.OptionalString(map, "transform", what) switch
        {
            null or "none" => KeyTransform.None,
            "prefix" => KeyTransform.Prefix,
            "suffix" => KeyTransform.Suffix,
            "lower" => KeyTransform.Lower,
            "soundex" => KeyTransform.Soundex,
            "year" => KeyTransform.Year,
            var t => Throw.Configuration<KeyTransform>(
                $"Unknown key transform '{t}'; allowed: none, prefix, suffix, lower, soundex, year.", y.At(YamlReader.Get(map, "transform")!)),
        };
        var length = y.Int(map, "length", what, 0);
        if (transform is KeyTransform.Prefix or KeyTransform.Suffix && length <= 0)
        {
            Throw.Configuration($"Key transform {transform} needs 'length' >= 1.", y.At(map));
        }

        return new KeySpec(column, transform, length, y.OptionalString(map, "format", what));
    }
}
