using System.Globalization;
using Registry.Etl.Pipeline.Definition;
using Registry.Etl.Pipeline.Stages;

namespace Registry.Etl.Pipeline.Running;

/// <summary>
/// The data problems of a run: what stages reported, every failed input file, sources without export
/// files, and sources whose quarantined share is above the pipeline's threshold. Deterministic order.
/// </summary>
internal static class Quality
{
    public static IReadOnlyList<DataProblem> Evaluate(PipelineDefinition pipeline, RunState run)
    {
        var problems = new List<DataProblem>();
        foreach (var (_, result) in run.Results)
        {
            problems.AddRange(result.Problems);
        }

        foreach (var source in pipeline.Sources)
        {
            if (!run.Inputs.Any(i => i.Source == source.Id))
            {
                problems.Add(new DataProblem(source.Id, null, "no-exports", $"No export files match '{source.Pattern}' in {source.ExportDirectory}."));
                continue;
            }

            long read = 0, quarantined = 0;
            foreach (var input in run.Inputs.Where(i => i.Source == source.Id))
            {
                if (!run.InputResults.TryGetValue($"{input.Source}/{input.RelativePath}", out var r))
                {
                    continue;
                }

                if (r.Failed)
                {
                    problems.Add(new DataProblem(source.Id, input.RelativePath, "file-failed", r.Error!));
                }

                read += r.RowsRead;
                quarantined += r.RowsQuarantined;
            }

            var max = pipeline.Quality.MaxQuarantinedFraction;
            if (read > 0 && quarantined > max * read)
            {
                problems.Add(new DataProblem(source.Id, null, "quarantine-threshold", string.Create(
                    CultureInfo.InvariantCulture,
                    $"{quarantined} of {read} rows quarantined ({100.0 * quarantined / read:0.##} %), above the threshold of {100 * max:0.##} %.")));
            }
        }

        return problems;
    }
}
