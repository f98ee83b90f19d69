using Registry.Etl.Core.Errors;

namespace Registry.Etl.Pipeline.Definition;

/// <summary>One finding of the pipeline-file linter: where, a stable code, and what to do about it.</summary>
public sealed record PipelineIssue(SourceLocation Location, string Code, PipelineIssueSeverity Severity, string Message)
{
    public override string ToString() =>
        $"{Location}: {(Severity == PipelineIssueSeverity.Error ? "error" : "warning")} {Code}: {Message}";
}
