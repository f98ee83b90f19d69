using Registry.Etl.Indicators.Catalog;
using Registry.Etl.Indicators.Specs;

namespace Registry.Etl.Indicators.Linting;

/// <summary>The id equals the folder, the version equals the file name <c>v&lt;version&gt;.yaml</c>.</summary>
internal sealed class IdentityRule : ISpecRule
{
    public void Check(IndicatorSpec spec, SpecFile file, SpecLock specLock, ICollection<SpecIssue> issues)
    {
        if (!string.Equals(spec.Id, file.Folder, StringComparison.Ordinal))
        {
            issues.Add(new SpecIssue(spec.Location, "id-folder-mismatch", $"id '{spec.Id}' differs from its folder '{file.Folder}'."));
        }

        if (file.FileVersion is not { } v)
        {
            issues.Add(new SpecIssue(spec.Location, "file-name", "A spec file is named v<version>.yaml."));
        }
        else if (v != spec.Version)
        {
            issues.Add(new SpecIssue(spec.Location, "version-file-mismatch", $"version {spec.Version} differs from the file name v{v}.yaml."));
        }

        if (spec.Version < 1)
        {
            issues.Add(new SpecIssue(spec.Location, "version", "Versions start at 1."));
        }
    }
}
