namespace Registry.Etl.Pipeline.Definition.Rules;

/// <summary>Every linkage model the pipeline names exists, once.</summary>
internal sealed class LinkageRule : IPipelineRule
{
    public void Check(PipelineDefinition pipeline, ICollection<PipelineIssue> issues)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var model in pipeline.LinkageModels)
        {
            if (!seen.Add(model.Path))
            {
                issues.Add(new PipelineIssue(model.Location, "linkage-duplicate", PipelineIssueSeverity.Error, $"Linkage model '{model.Path}' is listed twice."));
            }
            else if (!File.Exists(model.Path))
            {
                issues.Add(new PipelineIssue(model.Location, "linkage-missing", PipelineIssueSeverity.Error, $"Linkage model '{model.Path}' does not exist."));
            }
        }
    }
}
