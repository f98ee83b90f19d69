using Registry.Etl.Core.Errors;

namespace Registry.Etl.Indicators.Linting;

/// <summary>One finding of the spec linter: where (file, line, column), a stable code, what is wrong.</summary>
public sealed record SpecIssue(SourceLocation Location, string Code, string Message)
{
    public override string ToString() => $"{Location}: error {Code}: {Message}";
}
