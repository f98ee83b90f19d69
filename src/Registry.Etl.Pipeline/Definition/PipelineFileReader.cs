using Registry.Etl.Core.Errors;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Registry.Etl.Pipeline.Definition;

/// <summary>
/// Reads a pipeline file into a <see cref="PipelineDefinition"/>, recording every problem with its line
/// instead of stopping at the first (a linter that reports one error per run wastes an analyst's night).
/// </summary>
internal static partial class PipelineFileReader
{
    private static readonly string[] TopLevelKeys =
        ["name", "description", "schedule", "sources", "linkage", "indicators", "stages", "outputs", "state", "retention", "quality"];

    /// <summary>Reads <paramref name="path"/>; returns null when the file is not a usable pipeline at all.</summary>
    public static PipelineDefinition? Read(string path, List<PipelineIssue> issues)
    {
        var full = Path.GetFullPath(path);
        var y = new YamlReading(full, issues);
        if (!File.Exists(full))
        {
            y.Error(new SourceLocation(full), "file-missing", "The pipeline file does not exist.");
            return null;
        }

        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(full))
            {
                stream.Load(reader);
            }

            if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode map)
            {
                y.Error(new SourceLocation(full, 1), "not-a-mapping", "A pipeline file is one YAML document holding a mapping.");
                return null;
            }

            root = map;
        }
        catch (YamlException e)
        {
            y.Error(new SourceLocation(full, (int)e.Start.Line, (int)e.Start.Column), "yaml-syntax", e.Message);
            return null;
        }

        y.OnlyKeys(root, "a pipeline", TopLevelKeys);
        var name = y.Text(root, "name", required: true);
        var nameNode = y.Child(root, "name");
        var outputs = y.Mapping(root, "outputs");
        var state = y.Mapping(root, "state");
        if (outputs is null)
        {
            y.Error(root, "missing-key", "'outputs' with a 'directory' is required.");
        }
        else
        {
            y.OnlyKeys(outputs, "outputs", "directory");
        }

        if (state is not null)
        {
            y.OnlyKeys(state, "state", "directory");
        }

        var outDir = outputs is null ? null : y.Text(outputs, "directory", required: true);
        var stateDir = state is null ? null : y.Text(state, "directory", required: false);

        return new PipelineDefinition
        {
            Name = name ?? string.Empty,
            FilePath = full,
            Location = nameNode is null ? new SourceLocation(full, 1) : y.At(nameNode),
            Description = y.Text(root, "description", required: false),
            Schedule = ReadSchedule(y, root),
            Sources = ReadSources(y, root),
            LinkageModels = ReadLinkage(y, root),
            Indicators = ReadIndicators(y, root),
            Stages = ReadStages(y, root),
            OutputDirectory = outDir is null ? string.Empty : y.ResolvePath(outDir),
            StateDirectory = y.ResolvePath(stateDir ?? "state"),
            Retention = ReadRetention(y, root),
            Quality = ReadQuality(y, root),
        };
    }
}
