using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Registry.Etl.Core.Data;

namespace Registry.Etl.Pipeline.Linkage;

/// <summary>
/// Writes a linkage run's tables, its parameters and its manifest into an output folder atomically per
/// file: everything is written to a staging folder first, then moved into place, so a reader never sees a
/// half-written file and a failed run leaves the previous outputs as they were.
/// </summary>
public static class LinkOutputWriter
{
    public static LinkManifest Write(
        string directory, IReadOnlyDictionary<string, Table> tables, IReadOnlyList<string> order, string parametersJson, LinkManifest manifest, ITableFileWriter writer)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(writer);
        Directory.CreateDirectory(directory);
        var staging = Path.Combine(directory, ".staging");
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        Directory.CreateDirectory(staging);
        var outputs = new List<LinkOutputFile>();
        foreach (var name in order)
        {
            var file = name + writer.Extension;
            writer.Write(tables[name], Path.Combine(staging, file));

            outputs.Add(new LinkOutputFile(file, tables[name].RowCount, Hash(Path.Combine(staging, file))));
        }

        File.WriteAllText(Path.Combine(staging, "parameters.json"), parametersJson, new UTF8Encoding(false));
        var complete = manifest with { Outputs = outputs };
        File.WriteAllText(Path.Combine(staging, "link.json"), JsonSerializer.Serialize(complete, ManifestJson.Options) + "\n", new UTF8Encoding(false));
        foreach (var file in outputs.Select(o => o.Name).Append("parameters.json").Append("link.json"))
        {
            File.Move(Path.Combine(staging, file), Path.Combine(directory, file), overwrite: true);
        }

        Directory.Delete(staging, recursive: true);
        return complete;
    }

    public static LinkManifest ReadManifest(string directory)
    {
        var path = Path.Combine(directory, "link.json");
        if (!File.Exists(path))
        {
            Core.Throw.Configuration($"{directory} has no link.json: not the output folder of `registry-etl link`.");
        }

        return JsonSerializer.Deserialize<LinkManifest>(File.ReadAllText(path), ManifestJson.Options)
            ?? Core.Throw.Configuration<LinkManifest>($"{path} is empty.");
    }

    private static string Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
