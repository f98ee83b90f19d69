using Registry.Etl.Core;
using YamlDotNet.RepresentationModel;

namespace Registry.Etl.Linkage.Model;

public static partial class ModelParser
{
    private static PipelineSpec? ParsePipeline(YamlReader y, YamlNode? node, LinkType linkType)
    {
        if (node is null)
        {
            return null;
        }

        var map = y.Mapping(node, "pipeline");
        y.AllowOnly(map, "pipeline", "left", "right", "columns", "right_rows");
        var leftNode = y.Required(map, "left", "pipeline");
        IReadOnlyList<string> left = leftNode is YamlSequenceNode seq
            ? [.. seq.Children.Select(c => y.Scalar(c, "pipeline.left"))]
            : [y.Scalar(leftNode, "pipeline.left")];
        if (left.Count == 0 || left.Distinct(StringComparer.Ordinal).Count() != left.Count)
        {
            Throw.Configuration("pipeline.left must name at least one source, each once.", y.At(leftNode));
        }

        var right = y.OptionalString(map, "right", "pipeline");
        if ((linkType == LinkType.Link) != (right is not null))
        {
            Throw.Configuration("pipeline.right is required for a link model and not allowed for a dedupe model.", y.At(map));
        }

        var columns = new Dictionary<string, IReadOnlyDictionary<string, string?>>(StringComparer.Ordinal);
        if (YamlReader.Get(map, "columns") is { } columnsNode)
        {
            foreach (var (key, value) in y.Mapping(columnsNode, "pipeline.columns").Children)
            {
                var source = y.Scalar(key, "pipeline.columns");
                if (!left.Contains(source, StringComparer.Ordinal))
                {
                    Throw.Configuration($"pipeline.columns names '{source}', which is not a left source ({string.Join(", ", left)}).", y.At(key));
                }

                var aliases = new SortedDictionary<string, string?>(StringComparer.Ordinal);
                foreach (var (column, from) in y.Mapping(value, $"pipeline.columns.{source}").Children)
                {
                    var text = from is YamlScalarNode { Value: null or "" or "null" or "~" } ? null : y.Scalar(from, $"pipeline.columns.{source}");
                    aliases[y.Scalar(column, $"pipeline.columns.{source}")] = text;
                }

                columns[source] = aliases;
            }
        }

        var rightRows = y.OptionalString(map, "right_rows", "pipeline") ?? "all";
        if (rightRows is not ("all" or "blocked"))
        {
            Throw.Configuration($"pipeline.right_rows must be 'all' or 'blocked', got '{rightRows}'.", y.At(map));
        }

        if (rightRows == "blocked" && right is null)
        {
            Throw.Configuration("pipeline.right_rows: blocked needs a right source (a link model).", y.At(map));
        }

        return new PipelineSpec { Left = left, Right = right, Columns = columns, RightRowsBlocked = rightRows == "blocked" };
    }
}
