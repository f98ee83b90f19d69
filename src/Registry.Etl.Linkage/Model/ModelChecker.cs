using Registry.Etl.Core;
using YamlDotNet.RepresentationModel;

namespace Registry.Etl.Linkage.Model;

/// <summary>Checks that need the whole model: unique names, at least one comparison and blocking rule.</summary>
internal static class ModelChecker
{
    public static void Check(LinkageModel model, YamlReader y, YamlMappingNode root)
    {
        if (model.Comparisons.Count == 0)
        {
            Throw.Configuration("The model needs at least one comparison.", y.At(root));
        }

        if (model.Blocking.Count == 0)
        {
            Throw.Configuration("The model needs at least one blocking rule.", y.At(root));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in model.Comparisons)
        {
            if (!names.Add(c.Name))
            {
                Throw.Configuration($"Two comparisons are named '{c.Name}'; give one a 'name'.", y.At(root));
            }
        }
    }
}
