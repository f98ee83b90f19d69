namespace Registry.Etl.Pipeline.Definition;

/// <summary>One lint rule over a read pipeline file (one small class per rule, as the spec checkers do).</summary>
public interface IPipelineRule
{
    void Check(PipelineDefinition pipeline, ICollection<PipelineIssue> issues);
}
