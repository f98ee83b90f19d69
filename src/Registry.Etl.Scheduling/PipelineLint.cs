using Registry.Etl.Pipeline.Definition;

namespace Registry.Etl.Scheduling;

/// <summary>
/// The one call <c>registry-etl validate</c> makes for a pipeline file: every core rule plus the
/// schedule rules. Returns the issues with file and line; never throws for a bad file.
/// </summary>
public static class PipelineLint
{
    public static PipelineValidation Validate(string path) => PipelineValidator.Validate(path, ScheduleRules.All);

    /// <summary>Loads a pipeline for running or scheduling; a file with errors throws one ConfigurationException listing them.</summary>
    public static PipelineDefinition Load(string path) => PipelineValidator.Load(path, ScheduleRules.All);
}
