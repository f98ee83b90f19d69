using System.Text;
using Registry.Etl.Linkage;
using Registry.Etl.Linkage.Model;
using Registry.Etl.Linkage.Output;
using Registry.Etl.Linkage.Results;

namespace Registry.Etl.Pipeline.Linkage;

/// <summary>The `link` use case: model file + CSV inputs in, output folder out (tables, parameters, manifest).</summary>
public static class LinkJob
{
    public static (LinkageResult Result, LinkManifest Manifest) Run(LinkJobOptions options, Action<string>? log = null, ITableFileWriter? writer = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!File.Exists(options.Model))
        {
            Core.Throw.Configuration($"The model file {options.Model} does not exist.");
        }

        var model = ModelParser.Parse(File.ReadAllText(options.Model), options.Model);
        var left = LinkCsvReader.Read(options.Left, options.Csv);
        var right = options.Right is null ? null : LinkCsvReader.Read(options.Right, options.Csv);
        log?.Invoke($"read {left.RowCount} left rows{(right is null ? string.Empty : $", {right.RowCount} right rows")}");
        LinkageParameters? saved = null;
        if (options.Parameters is { } path && File.Exists(path) && !options.Retrain)
        {
            saved = LinkageParametersJson.Read(File.ReadAllText(path), path);
        }

        var result = Linker.Run(model, left, right, new LinkageOptions
        {
            Parameters = saved,
            Retrain = options.Retrain,
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism > 0 ? options.MaxDegreeOfParallelism : Environment.ProcessorCount,
            Log = log,
        });
        var parametersJson = LinkageParametersJson.Write(result.Parameters);
        if (options.Parameters is { } save && result.Trained)
        {
            if (Path.GetDirectoryName(Path.GetFullPath(save)) is { } folder)
            {
                Directory.CreateDirectory(folder);
            }

            var temp = save + ".tmp";
            File.WriteAllText(temp, parametersJson, new UTF8Encoding(false));
            File.Move(temp, save, overwrite: true);
            log?.Invoke($"saved parameters to {save}");
        }

        var tables = LinkageTables.Build(result, left, right);
        var manifest = new LinkManifest(
            Path.GetFullPath(options.Model), Path.GetFullPath(options.Left), options.Right is null ? null : Path.GetFullPath(options.Right), options.Csv, result.Trained, []);
        manifest = LinkOutputWriter.Write(options.Output, tables, LinkageTables.Names, parametersJson, manifest, writer ?? new ParquetTableFileWriter(Metadata(result)));
        return (result, manifest);
    }

    /// <summary>Key-value metadata of every output file: which model (name and comparison hash) made it.</summary>
    public static IReadOnlyDictionary<string, string> Metadata(LinkageResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["registry_etl.linkage.model"] = result.Model.Name,
            ["registry_etl.linkage.model_hash"] = result.Parameters.ModelHash,
        };
    }
}
