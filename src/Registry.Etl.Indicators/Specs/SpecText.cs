using Registry.Etl.Core.Errors;

namespace Registry.Etl.Indicators.Specs;

/// <summary>An expression or name as written in a spec, with the position of its first character.</summary>
public sealed record SpecText(string Text, SourceLocation Origin)
{
    public override string ToString() => Text;
}
