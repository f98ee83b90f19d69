using YamlDotNet.RepresentationModel;

namespace Registry.Etl.Pipeline.TestHost;

/// <summary>
/// Writes a copy of a pipeline file for a benchmark or a test: the same stages, specs, quality and retention,
/// but the sources read another export folder and outputs and state go elsewhere. Every other
/// path of the original (contracts, linkage models) is made absolute so it still resolves from the copy.
/// Only the stages this build registers are kept (a prefix of the declared ones: later stages read the
/// earlier ones' outputs); the caller reports which were left out. Path-valued stage options the copy
/// knows of (the indicators stage's <c>specs</c>) are made absolute as well.
/// </summary>
public static class PipelineCopy
{
    /// <summary>Writes the copy to <paramref name="target"/>; sources read <c>&lt;exports&gt;/&lt;source id&gt;</c>.</summary>
    public static string Write(string original, string target, string exports, string outputs, string state, IReadOnlyCollection<string> keepStages)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(original))!;
        var stream = new YamlStream();
        using (var reader = new StreamReader(original))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        foreach (var source in Sequence(root, "sources").OfType<YamlMappingNode>())
        {
            var id = ((YamlScalarNode)source.Children[new YamlScalarNode("id")]).Value!;
            source.Children[new YamlScalarNode("exports")] = new YamlScalarNode(Path.Combine(exports, id));
            if (source.Children.TryGetValue(new YamlScalarNode("contracts"), out var contracts))
            {
                source.Children[new YamlScalarNode("contracts")] = Absolute(folder, contracts);
            }
        }

        if (root.Children.TryGetValue(new YamlScalarNode("linkage"), out var linkage) && linkage is YamlSequenceNode models)
        {
            root.Children[new YamlScalarNode("linkage")] = new YamlSequenceNode(models.Children.Select(m => Absolute(folder, m)));
        }

        var stages = Sequence(root, "stages");
        root.Children[new YamlScalarNode("stages")] = new YamlSequenceNode(stages.Children.Where(s => keepStages.Contains(StageName(s))).Select(s => WithAbsoluteOptions(folder, s)));
        root.Children[new YamlScalarNode("outputs")] = new YamlMappingNode(new YamlScalarNode("directory"), new YamlScalarNode(outputs));
        root.Children[new YamlScalarNode("state")] = new YamlMappingNode(new YamlScalarNode("directory"), new YamlScalarNode(state));

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
        using (var writer = new StreamWriter(target))
        {
            writer.WriteLine($"# Copy of {Path.GetFileName(original)}: sources, outputs and state redirected.");
            stream.Save(writer, assignAnchors: false);
        }

        return target;
    }

    /// <summary>The declared stage names in order.</summary>
    public static IReadOnlyList<string> DeclaredStages(string original)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(original))
        {
            stream.Load(reader);
        }

        return Sequence((YamlMappingNode)stream.Documents[0].RootNode, "stages").Children.Select(StageName).ToArray();
    }

    /// <summary>
    /// Stage options that are paths relative to the pipeline file, made absolute: the indicators stage's
    /// <c>specs</c> (default <c>../indicator-specs</c>, which the copy would otherwise lose).
    /// </summary>
    private static YamlNode WithAbsoluteOptions(string folder, YamlNode stage)
    {
        if (StageName(stage) != "indicators")
        {
            return stage;
        }

        var map = stage as YamlMappingNode ?? new YamlMappingNode(new YamlScalarNode("name"), new YamlScalarNode("indicators"));
        if (!map.Children.TryGetValue(new YamlScalarNode("options"), out var node) || node is not YamlMappingNode options)
        {
            options = new YamlMappingNode();
            map.Children[new YamlScalarNode("options")] = options;
        }

        var specs = options.Children.TryGetValue(new YamlScalarNode("specs"), out var given) ? given : new YamlScalarNode("../indicator-specs");
        options.Children[new YamlScalarNode("specs")] = Absolute(folder, specs);
        return map;
    }

    private static string StageName(YamlNode node) => node switch
    {
        YamlScalarNode s => s.Value ?? "",
        YamlMappingNode m when m.Children.TryGetValue(new YamlScalarNode("name"), out var n) => ((YamlScalarNode)n).Value ?? "",
        _ => "",
    };

    private static YamlSequenceNode Sequence(YamlMappingNode root, string key) =>
        root.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode s ? s : new YamlSequenceNode();

    private static YamlScalarNode Absolute(string folder, YamlNode node) =>
        new(Path.GetFullPath(Path.Combine(folder, ((YamlScalarNode)node).Value ?? "")));
}
