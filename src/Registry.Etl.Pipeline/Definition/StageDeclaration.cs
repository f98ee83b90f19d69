using Registry.Etl.Core.Errors;

namespace Registry.Etl.Pipeline.Definition;

/// <summary>
/// A stage as the pipeline file names it: the stage type's name and free-form string options that the
/// stage itself interprets (and rejects with <see cref="ConfigurationException"/> when wrong).
/// </summary>
public sealed record StageDeclaration(string Name, IReadOnlyDictionary<string, string> Options, SourceLocation Location)
{
    public string? Option(string key) => Options.TryGetValue(key, out var v) ? v : null;
}
