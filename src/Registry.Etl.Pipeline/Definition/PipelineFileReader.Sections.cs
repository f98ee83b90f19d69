using YamlDotNet.RepresentationModel;

namespace Registry.Etl.Pipeline.Definition;

internal static partial class PipelineFileReader
{
    private static ScheduleDefinition? ReadSchedule(YamlReading y, YamlMappingNode root)
    {
        var map = y.Mapping(root, "schedule");
        if (map is null)
        {
            return null;
        }

        y.OnlyKeys(map, "schedule", "cron", "time_zone", "misfire", "misfire_threshold", "retry");
        var cron = y.Text(map, "cron", required: true) ?? string.Empty;
        var misfireText = y.Text(map, "misfire", required: false);
        var misfire = MisfirePolicy.FireOnceNow;
        if (misfireText is not null)
        {
            switch (misfireText)
            {
                case "fire_once_now":
                    break;
                case "do_nothing":
                    misfire = MisfirePolicy.DoNothing;
                    break;
                default:
                    y.Error(y.Child(map, "misfire")!, "unknown-value", $"misfire must be fire_once_now or do_nothing, was '{misfireText}'.");
                    break;
            }
        }

        var retry = RetryDefinition.Default;
        if (y.Mapping(map, "retry") is { } r)
        {
            y.OnlyKeys(r, "retry", "max_attempts", "initial_delay", "max_delay");
            retry = new RetryDefinition(
                y.Integer(r, "max_attempts", 1, 100) ?? retry.MaxAttempts,
                y.Duration(r, "initial_delay") ?? retry.InitialDelay,
                y.Duration(r, "max_delay") ?? retry.MaxDelay);
        }

        return new ScheduleDefinition(
            cron,
            y.Text(map, "time_zone", required: false) ?? ScheduleDefinition.DefaultTimeZone,
            misfire,
            y.Duration(map, "misfire_threshold") ?? TimeSpan.FromHours(1),
            retry,
            y.At(map));
    }

    private static List<SourceDefinition> ReadSources(YamlReading y, YamlMappingNode root)
    {
        var list = new List<SourceDefinition>();
        var seq = y.Sequence(root, "sources");
        foreach (var node in seq?.Children ?? [])
        {
            if (node is not YamlMappingNode map)
            {
                y.Error(node, "wrong-type", "A source is a mapping with id, exports and contracts.");
                continue;
            }

            y.OnlyKeys(map, "a source", "id", "exports", "pattern", "contracts");
            var id = y.Text(map, "id", required: true);
            var exports = y.Text(map, "exports", required: true);
            var contracts = y.Text(map, "contracts", required: true);
            if (id is null || exports is null || contracts is null)
            {
                continue;
            }

            list.Add(new SourceDefinition(
                id,
                y.ResolvePath(exports),
                y.Text(map, "pattern", required: false) ?? "**/*.csv",
                y.ResolvePath(contracts),
                y.At(map)));
        }

        return list;
    }

    private static List<LinkageModelReference> ReadLinkage(YamlReading y, YamlMappingNode root)
    {
        var list = new List<LinkageModelReference>();
        foreach (var node in y.Sequence(root, "linkage")?.Children ?? [])
        {
            if (node is YamlScalarNode { Value: { Length: > 0 } path })
            {
                list.Add(new LinkageModelReference(y.ResolvePath(path), y.At(node)));
            }
            else
            {
                y.Error(node, "wrong-type", "A linkage entry is the path of a model file.");
            }
        }

        return list;
    }

    private static List<IndicatorPin> ReadIndicators(YamlReading y, YamlMappingNode root)
    {
        var list = new List<IndicatorPin>();
        foreach (var node in y.Sequence(root, "indicators")?.Children ?? [])
        {
            if (node is YamlScalarNode { Value: { } text } && IndicatorPin.TryParse(text, y.At(node), out var pin))
            {
                list.Add(pin);
            }
            else
            {
                y.Error(node, "indicator-pin", $"An indicator is pinned as id@version (e.g. dcra-leakage@2), was '{(node as YamlScalarNode)?.Value}'.");
            }
        }

        return list;
    }

    private static List<StageDeclaration> ReadStages(YamlReading y, YamlMappingNode root)
    {
        var list = new List<StageDeclaration>();
        var seq = y.Sequence(root, "stages");
        if (seq is null)
        {
            y.Error(root, "missing-key", "'stages' lists the stages to run, in order.");
            return list;
        }

        foreach (var node in seq.Children)
        {
            if (node is YamlScalarNode { Value: { Length: > 0 } bare })
            {
                list.Add(new StageDeclaration(bare, new Dictionary<string, string>(StringComparer.Ordinal), y.At(node)));
                continue;
            }

            if (node is not YamlMappingNode map)
            {
                y.Error(node, "wrong-type", "A stage is a name, or a mapping with name and options.");
                continue;
            }

            y.OnlyKeys(map, "a stage", "name", "options");
            var name = y.Text(map, "name", required: true);
            var options = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, value) in y.Mapping(map, "options")?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
            {
                if (key is YamlScalarNode { Value: { } k } && value is YamlScalarNode { Value: { } v })
                {
                    options[k] = v;
                }
                else
                {
                    y.Error(key, "wrong-type", "Stage options are key: text pairs.");
                }
            }

            if (name is not null)
            {
                list.Add(new StageDeclaration(name, options, y.At(map)));
            }
        }

        return list;
    }

    private static RetentionPolicy ReadRetention(YamlReading y, YamlMappingNode root)
    {
        if (y.Mapping(root, "retention") is not { } map)
        {
            return RetentionPolicy.Default;
        }

        y.OnlyKeys(map, "retention", "keep_runs");
        return new RetentionPolicy(y.Integer(map, "keep_runs", 2, 10_000) ?? RetentionPolicy.Default.KeepRuns);
    }

    private static QualityPolicy ReadQuality(YamlReading y, YamlMappingNode root)
    {
        if (y.Mapping(root, "quality") is not { } map)
        {
            return QualityPolicy.Default;
        }

        y.OnlyKeys(map, "quality", "max_quarantined_fraction", "publish_on_data_problems");
        return new QualityPolicy(
            y.Fraction(map, "max_quarantined_fraction") ?? QualityPolicy.Default.MaxQuarantinedFraction,
            y.Boolean(map, "publish_on_data_problems") ?? QualityPolicy.Default.PublishOnDataProblems);
    }
}
