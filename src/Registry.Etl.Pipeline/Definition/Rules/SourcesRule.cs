namespace Registry.Etl.Pipeline.Definition.Rules;

/// <summary>Sources are unique, their contract folder exists and holds a contract for them.</summary>
internal sealed class SourcesRule : IPipelineRule
{
    public void Check(PipelineDefinition pipeline, ICollection<PipelineIssue> issues)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in pipeline.Sources)
        {
            if (!seen.Add(source.Id))
            {
                issues.Add(new PipelineIssue(source.Location, "source-duplicate", PipelineIssueSeverity.Error, $"Source '{source.Id}' is declared twice."));
            }

            if (!Directory.Exists(source.ContractDirectory))
            {
                issues.Add(new PipelineIssue(source.Location, "contracts-missing", PipelineIssueSeverity.Error,
                    $"The contract folder '{source.ContractDirectory}' of source '{source.Id}' does not exist."));
            }
            else if (Directory.GetFiles(source.ContractDirectory, $"{source.Id}.v*.yaml").Length == 0)
            {
                issues.Add(new PipelineIssue(source.Location, "contract-missing", PipelineIssueSeverity.Warning,
                    $"No contract '{source.Id}.v<version>.yaml' in '{source.ContractDirectory}'."));
            }

            if (!Directory.Exists(source.ExportDirectory))
            {
                issues.Add(new PipelineIssue(source.Location, "exports-missing", PipelineIssueSeverity.Warning,
                    $"The export folder '{source.ExportDirectory}' of source '{source.Id}' does not exist (yet); a run would find no files."));
            }
        }
    }
}
