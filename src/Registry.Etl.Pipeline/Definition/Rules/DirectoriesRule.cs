namespace Registry.Etl.Pipeline.Definition.Rules;

/// <summary>
/// Outputs, state and exports must not nest: a run that published into its own export folder would
/// read its outputs as inputs the next night, and a retention sweep could delete exports.
/// </summary>
internal sealed class DirectoriesRule : IPipelineRule
{
    public void Check(PipelineDefinition pipeline, ICollection<PipelineIssue> issues)
    {
        if (pipeline.OutputDirectory.Length == 0)
        {
            return;
        }

        if (Overlaps(pipeline.OutputDirectory, pipeline.StateDirectory))
        {
            issues.Add(new PipelineIssue(pipeline.Location, "directories-overlap", PipelineIssueSeverity.Error,
                $"outputs '{pipeline.OutputDirectory}' and state '{pipeline.StateDirectory}' must not contain one another."));
        }

        foreach (var source in pipeline.Sources)
        {
            if (Overlaps(pipeline.OutputDirectory, source.ExportDirectory) || Overlaps(pipeline.StateDirectory, source.ExportDirectory))
            {
                issues.Add(new PipelineIssue(source.Location, "directories-overlap", PipelineIssueSeverity.Error,
                    $"The exports of '{source.Id}' must not overlap the outputs or the state folder."));
            }
        }
    }

    private static bool Overlaps(string a, string b)
    {
        var x = Path.TrimEndingDirectorySeparator(a) + Path.DirectorySeparatorChar;
        var y = Path.TrimEndingDirectorySeparator(b) + Path.DirectorySeparatorChar;
        return x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal);
    }
}
