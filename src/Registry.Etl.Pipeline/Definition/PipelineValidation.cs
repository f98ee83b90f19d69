namespace Registry.Etl.Pipeline.Definition;

/// <summary>What <see cref="PipelineValidator.Validate"/> found: the definition (when readable) and every issue.</summary>
public sealed record PipelineValidation(PipelineDefinition? Pipeline, IReadOnlyList<PipelineIssue> Issues)
{
    public bool HasErrors => Pipeline is null || Issues.Any(i => i.Severity == PipelineIssueSeverity.Error);
}
