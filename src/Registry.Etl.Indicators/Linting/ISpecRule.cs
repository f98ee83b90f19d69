using Registry.Etl.Indicators.Catalog;
using Registry.Etl.Indicators.Specs;

namespace Registry.Etl.Indicators.Linting;

/// <summary>One lint rule over a parsed spec and the file it came from.</summary>
internal interface ISpecRule
{
    void Check(IndicatorSpec spec, SpecFile file, SpecLock specLock, ICollection<SpecIssue> issues);
}
