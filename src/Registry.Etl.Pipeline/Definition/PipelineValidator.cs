using Registry.Etl.Core;
using Registry.Etl.Pipeline.Definition.Rules;

namespace Registry.Etl.Pipeline.Definition;

/// <summary>
/// The entry point for linting pipeline files (<c>registry-etl validate</c>) and for loading one to run.
/// Scheduling adds its cron and time-zone rules through <paramref name="extraRules"/>
/// (see <c>Registry.Etl.Scheduling.ScheduleRules</c>).
/// </summary>
public static class PipelineValidator
{
    /// <summary>The rules every pipeline file must pass, whatever runs it.</summary>
    public static IReadOnlyList<IPipelineRule> CoreRules { get; } =
    [
        new NameRule(),
        new SourcesRule(),
        new LinkageRule(),
        new IndicatorsRule(),
        new StagesRule(),
        new DirectoriesRule(),
    ];

    /// <summary>Reads and lints <paramref name="path"/>; never throws for a bad file.</summary>
    public static PipelineValidation Validate(string path, IEnumerable<IPipelineRule>? extraRules = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var issues = new List<PipelineIssue>();
        var pipeline = PipelineFileReader.Read(path, issues);
        if (pipeline is not null)
        {
            foreach (var rule in CoreRules.Concat(extraRules ?? []))
            {
                rule.Check(pipeline, issues);
            }
        }

        issues.Sort((a, b) => (a.Location.Line, a.Location.Column).CompareTo((b.Location.Line, b.Location.Column)));
        return new PipelineValidation(pipeline, issues);
    }

    /// <summary>Loads a pipeline to run it; any error becomes one <see cref="Core.Errors.ConfigurationException"/> listing all.</summary>
    public static PipelineDefinition Load(string path, IEnumerable<IPipelineRule>? extraRules = null)
    {
        var validation = Validate(path, extraRules);
        if (validation.HasErrors)
        {
            var errors = validation.Issues.Where(i => i.Severity == PipelineIssueSeverity.Error).Select(i => i.ToString());
            Throw.Configuration($"The pipeline file has errors:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", errors)}");
        }

        return validation.Pipeline!;
    }
}
