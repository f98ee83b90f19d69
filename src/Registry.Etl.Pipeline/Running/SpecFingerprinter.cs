using Registry.Etl.Pipeline.Definition;
using Registry.Etl.Pipeline.Hashing;
using Registry.Etl.Pipeline.Stages;

namespace Registry.Etl.Pipeline.Running;

/// <summary>
/// The versioned definitions a pipeline file names, hashed: source contracts
/// (<c>&lt;id&gt;.v&lt;version&gt;.yaml</c>), linkage model files and indicator pins (whose spec hash the
/// indicator stage adds, since only it knows where specs live).
/// </summary>
internal static class SpecFingerprinter
{
    public static async Task<IReadOnlyList<SpecUse>> FingerprintAsync(PipelineDefinition pipeline, CancellationToken cancellationToken)
    {
        var specs = new List<SpecUse>();
        foreach (var source in pipeline.Sources)
        {
            if (!Directory.Exists(source.ContractDirectory))
            {
                continue;
            }

            foreach (var file in Directory.GetFiles(source.ContractDirectory, $"{source.Id}.v*.yaml").Order(StringComparer.Ordinal))
            {
                var version = Path.GetFileNameWithoutExtension(file)[(source.Id.Length + 2)..];
                specs.Add(new SpecUse("contract", source.Id, version, await Sha256File.ComputeAsync(file, cancellationToken).ConfigureAwait(false)));
            }
        }

        foreach (var model in pipeline.LinkageModels)
        {
            var sha = await Sha256File.ComputeAsync(model.Path, cancellationToken).ConfigureAwait(false);
            specs.Add(new SpecUse("linkage-model", Path.GetFileNameWithoutExtension(model.Path), sha[..12], sha));
        }

        foreach (var pin in pipeline.Indicators)
        {
            specs.Add(new SpecUse("indicator", pin.Id, pin.Version, null));
        }

        return specs;
    }
}
