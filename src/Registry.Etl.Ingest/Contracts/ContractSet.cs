using Registry.Etl.Core;
using Registry.Etl.Core.Data;
using Registry.Etl.Core.Errors;

namespace Registry.Etl.Ingest.Contracts;

/// <summary>
/// Every contract version of one source, ordered by <c>valid_from</c>. The version that applies to a file
/// is the one with the latest <c>valid_from</c> on or before its export date. All versions of a source
/// must produce the same standardised schema, so files of different versions resolve into one table.
/// </summary>
public sealed class ContractSet
{
    private readonly SourceContract[] _versions;

    public ContractSet(string source, IEnumerable<SourceContract> versions)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(versions);
        Source = source;
        _versions = [.. versions.OrderBy(v => v.ValidFrom)];
        if (_versions.Length == 0)
        {
            Throw.Configuration($"No contract for source '{source}'.");
        }

        Schema = StandardisedSchema.Build(_versions[0]);
        for (var i = 0; i < _versions.Length; i++)
        {
            var v = _versions[i];
            if (v.Source != source)
            {
                Throw.Configuration($"Contract '{v.Id}' is not of source '{source}'.", new SourceLocation(v.FilePath));
            }

            if (i > 0 && v.ValidFrom == _versions[i - 1].ValidFrom)
            {
                Throw.Configuration($"Contracts '{_versions[i - 1].Id}' and '{v.Id}' have the same valid_from.", new SourceLocation(v.FilePath));
            }

            var schema = StandardisedSchema.Build(v);
            if (!schema.Select(c => (c.Name, c.Kind)).SequenceEqual(Schema.Select(c => (c.Name, c.Kind))))
            {
                Throw.Configuration(
                    $"Contract '{v.Id}' produces other standardised columns than '{_versions[0].Id}'; versions of a source must agree (mark a column not yet delivered 'absent: true').",
                    new SourceLocation(v.FilePath));
            }
        }

        // nullability: a column nullable in any version is nullable in the resolved table
        var columns = Schema.ToArray();
        foreach (var v in _versions.Skip(1))
        {
            var other = StandardisedSchema.Build(v);
            for (var i = 0; i < columns.Length; i++)
            {
                columns[i] = columns[i] with { Nullable = columns[i].Nullable || other[i].Nullable };
            }
        }

        Schema = new TableSchema(columns);
    }

    public string Source { get; }

    public IReadOnlyList<SourceContract> Versions => _versions;

    /// <summary>The standardised schema of this source (the same for every version).</summary>
    public TableSchema Schema { get; }

    /// <summary>The newest version: its file name rule reads the export date that selects a version.</summary>
    public SourceContract Latest => _versions[^1];

    /// <summary>The version valid on <paramref name="exportDate"/>, or null when the date precedes every version.</summary>
    public SourceContract? For(DateOnly exportDate)
    {
        SourceContract? found = null;
        foreach (var v in _versions)
        {
            if (v.ValidFrom <= exportDate)
            {
                found = v;
            }
        }

        return found;
    }

    /// <summary>Loads every <c>&lt;source&gt;.v*.yaml</c> of <paramref name="directory"/>.</summary>
    public static ContractSet LoadDirectory(string directory, string source)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(source);
        if (!Directory.Exists(directory))
        {
            Throw.Configuration($"The contract folder does not exist.", new SourceLocation(directory));
        }

        var files = Directory.GetFiles(directory, $"{source}.v*.yaml").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            Throw.Configuration($"No contract '{source}.v<version>.yaml' for source '{source}'.", new SourceLocation(directory));
        }

        return new ContractSet(source, files.Select(ContractLoader.LoadFile));
    }
}
