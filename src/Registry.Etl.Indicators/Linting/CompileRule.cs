using Registry.Etl.Core.Errors;
using Registry.Etl.Indicators.Catalog;
using Registry.Etl.Indicators.Datasets;
using Registry.Etl.Indicators.Engine;
using Registry.Etl.Indicators.Specs;

namespace Registry.Etl.Indicators.Linting;

/// <summary>Every expression compiles against the declared dataset schema, with the type its field needs.</summary>
internal sealed class CompileRule : ISpecRule
{
    public void Check(IndicatorSpec spec, SpecFile file, SpecLock specLock, ICollection<SpecIssue> issues)
    {
        if (!DatasetSchemas.TryGet(spec.Dataset, out _))
        {
            return;
        }

        try
        {
            SpecCompiler.Compile(spec);
        }
        catch (ConfigurationException e)
        {
            issues.Add(new SpecIssue(e.Location ?? spec.Location, "expression", Strip(e.Message, e.Location)));
        }
    }

    private static string Strip(string message, SourceLocation? location)
    {
        var prefix = location is { } l ? $"{l}: " : string.Empty;
        return prefix.Length > 0 && message.StartsWith(prefix, StringComparison.Ordinal) ? message[prefix.Length..] : message;
    }
}
