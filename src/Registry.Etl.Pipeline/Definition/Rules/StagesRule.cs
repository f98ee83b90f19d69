namespace Registry.Etl.Pipeline.Definition.Rules;

/// <summary>At least one stage, each name once (stage names label outputs, catalog rows and timings).</summary>
internal sealed class StagesRule : IPipelineRule
{
    public void Check(PipelineDefinition pipeline, ICollection<PipelineIssue> issues)
    {
        if (pipeline.Stages.Count == 0)
        {
            issues.Add(new PipelineIssue(pipeline.Location, "no-stages", PipelineIssueSeverity.Error, "The pipeline declares no stages."));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in pipeline.Stages)
        {
            if (!seen.Add(stage.Name))
            {
                issues.Add(new PipelineIssue(stage.Location, "stage-duplicate", PipelineIssueSeverity.Error, $"Stage '{stage.Name}' is declared twice."));
            }
        }
    }
}
