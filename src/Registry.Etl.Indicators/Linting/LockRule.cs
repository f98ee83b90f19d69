using Registry.Etl.Indicators.Catalog;
using Registry.Etl.Indicators.Specs;

namespace Registry.Etl.Indicators.Linting;

/// <summary>A published version is immutable: its hash is in specs.lock and the file still has it.</summary>
internal sealed class LockRule : ISpecRule
{
    public void Check(IndicatorSpec spec, SpecFile file, SpecLock specLock, ICollection<SpecIssue> issues)
    {
        if (spec.Status == SpecStatus.Draft)
        {
            return;
        }

        if (!specLock.TryGet(spec.Key, out var locked))
        {
            issues.Add(new SpecIssue(spec.Location, "not-locked", $"{spec.Key} is {spec.Status.ToString().ToLowerInvariant()} but not in {SpecLock.FileName}; run `registry-etl validate --update-lock` once it is final."));
        }
        else if (!string.Equals(locked, spec.Hash, StringComparison.Ordinal))
        {
            issues.Add(new SpecIssue(spec.Location, "published-changed", $"{spec.Key} was published with sha256 {locked[..12]}..., the file now hashes to {spec.Hash[..12]}...: a published version is immutable; add v{spec.Version + 1}.yaml instead."));
        }
    }
}
