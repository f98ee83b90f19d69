using Registry.Etl.Core.Errors;
using Registry.Etl.Indicators.Catalog;
using Registry.Etl.Indicators.Specs;

namespace Registry.Etl.Indicators.Linting;

/// <summary>
/// What <c>registry-etl validate</c> runs over <c>indicator-specs/</c>: every file parsed (unknown keys and
/// shape errors with file, line and column), then one small rule per concern: identity (id = folder,
/// version = file name), changelog, lock (published versions immutable), shape per type, expressions.
/// </summary>
public static class SpecLinter
{
    private static readonly ISpecRule[] Rules = [new IdentityRule(), new ChangelogRule(), new LockRule(), new ShapeRule(), new CompileRule()];

    public static IReadOnlyList<SpecIssue> Lint(string root)
    {
        var issues = new List<SpecIssue>();
        SpecLock specLock;
        try
        {
            specLock = SpecCatalog.LoadLock(root);
        }
        catch (ConfigurationException e)
        {
            issues.Add(new SpecIssue(e.Location ?? new SourceLocation(SpecLock.FileName), "lock", e.Message));
            specLock = SpecLock.Empty;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in SpecCatalog.Files(root))
        {
            IndicatorSpec spec;
            try
            {
                spec = SpecCatalog.LoadFile(file);
            }
            catch (ConfigurationException e)
            {
                issues.Add(new SpecIssue(e.Location ?? new SourceLocation(file.DisplayPath), "parse", Strip(e)));
                continue;
            }

            issues.AddRange(Lint(spec, file, specLock));
            if (!seen.Add(spec.Key))
            {
                issues.Add(new SpecIssue(spec.Location, "duplicate", $"{spec.Key} is defined twice."));
            }
        }

        return issues;
    }

    public static IReadOnlyList<SpecIssue> Lint(IndicatorSpec spec, SpecFile file, SpecLock specLock)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var issues = new List<SpecIssue>();
        foreach (var rule in Rules)
        {
            rule.Check(spec, file, specLock, issues);
        }

        return issues;
    }

    /// <summary>Adds every published version missing from specs.lock (never replaces an entry); returns the keys added.</summary>
    public static IReadOnlyList<string> UpdateLock(string root)
    {
        var specLock = SpecCatalog.LoadLock(root);
        var added = new List<string>();
        foreach (var spec in SpecCatalog.Load(root).All)
        {
            if (spec.Status != SpecStatus.Draft && !specLock.TryGet(spec.Key, out _))
            {
                specLock = specLock.With(spec.Key, spec.Hash);
                added.Add(spec.Key);
            }
        }

        File.WriteAllText(Path.Combine(root, SpecLock.FileName), specLock.Render());
        return added;
    }

    private static string Strip(ConfigurationException e)
    {
        var prefix = e.Location is { } l ? $"{l}: " : string.Empty;
        return prefix.Length > 0 && e.Message.StartsWith(prefix, StringComparison.Ordinal) ? e.Message[prefix.Length..] : e.Message;
    }
}
