using Registry.Etl.Indicators.Catalog;
using Registry.Etl.Indicators.Specs;

namespace Registry.Etl.Indicators.Linting;

/// <summary>The logboek says what this version changed, and lists no later version.</summary>
internal sealed class ChangelogRule : ISpecRule
{
    public void Check(IndicatorSpec spec, SpecFile file, SpecLock specLock, ICollection<SpecIssue> issues)
    {
        if (!spec.Changelog.Any(c => c.Version == spec.Version))
        {
            issues.Add(new SpecIssue(spec.Location, "changelog-missing", $"The changelog has no entry for version {spec.Version}."));
        }

        if (spec.Changelog.Any(c => c.Version > spec.Version))
        {
            issues.Add(new SpecIssue(spec.Location, "changelog-future", "The changelog names a version later than this file."));
        }
    }
}
