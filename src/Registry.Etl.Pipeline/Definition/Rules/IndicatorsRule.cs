namespace Registry.Etl.Pipeline.Definition.Rules;

/// <summary>A pin appears once; two versions of one indicator side by side are allowed.</summary>
internal sealed class IndicatorsRule : IPipelineRule
{
    public void Check(PipelineDefinition pipeline, ICollection<PipelineIssue> issues)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pin in pipeline.Indicators)
        {
            if (!seen.Add(pin.ToString()))
            {
                issues.Add(new PipelineIssue(pin.Location, "indicator-duplicate", PipelineIssueSeverity.Error, $"Indicator {pin} is pinned twice."));
            }
        }
    }
}
