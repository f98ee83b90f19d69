using System.Globalization;
using System.Text;
using Registry.Etl.Pipeline.Definition;
using Registry.Etl.Pipeline.Hashing;
using Registry.Etl.Pipeline.Stages;

namespace Registry.Etl.Pipeline.Running;

/// <summary>
/// The run id: <c>&lt;pipeline&gt;-&lt;yyyyMMdd&gt;-&lt;12 hex&gt;</c>, the hex a SHA-256 over everything the
/// published bytes may depend on (pipeline name, as-of date, code version, stages and options, quality
/// policy, specs, and every input's path and checksum). Equal ids promise equal bytes; any change of
/// input gives a new id, so an id can be written into the outputs without breaking reproducibility.
/// </summary>
internal static class RunIdentity
{
    public static string Compute(
        PipelineDefinition pipeline,
        DateOnly asOf,
        string codeVersion,
        IReadOnlyList<SpecUse> specs,
        IReadOnlyList<InputFile> inputs)
    {
        var text = new StringBuilder();
        text.Append("registry-etl/run-id@1\n");
        text.Append(CultureInfo.InvariantCulture, $"pipeline={pipeline.Name}\nas_of={asOf:yyyy-MM-dd}\ncode={codeVersion}\n");
        text.Append(CultureInfo.InvariantCulture, $"quality={pipeline.Quality.MaxQuarantinedFraction:R};{pipeline.Quality.PublishOnDataProblems}\n");
        foreach (var stage in pipeline.Stages)
        {
            text.Append("stage=").Append(stage.Name);
            foreach (var (key, value) in stage.Options.OrderBy(o => o.Key, StringComparer.Ordinal))
            {
                text.Append(';').Append(key).Append('=').Append(value);
            }

            text.Append('\n');
        }

        foreach (var spec in specs)
        {
            text.Append(CultureInfo.InvariantCulture, $"spec={spec.Kind}:{spec.Id}@{spec.Version}:{spec.Sha256}\n");
        }

        foreach (var input in inputs)
        {
            text.Append(CultureInfo.InvariantCulture, $"input={input.Source}/{input.RelativePath}:{input.Sha256}\n");
        }

        return $"{pipeline.Name}-{asOf:yyyyMMdd}-{Sha256File.OfText(text.ToString())[..12]}";
    }
}
