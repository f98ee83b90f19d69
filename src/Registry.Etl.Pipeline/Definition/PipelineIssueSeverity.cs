namespace Registry.Etl.Pipeline.Definition;

/// <summary>Errors stop a run (exit code 2); warnings are reported and the run goes on.</summary>
public enum PipelineIssueSeverity
{
    Warning,
    Error,
}
