using Registry.Etl.Core.Errors;

namespace Registry.Etl.Ingest.Contracts;

/// <summary>One raw column of an export as a contract describes it.</summary>
public sealed record ContractColumn
{
    /// <summary>The header name in the export.</summary>
    public required string Raw { get; init; }

    /// <summary>The standardised name (null for identifying types, whose outputs have fixed names, and for dropped text).</summary>
    public string? Name { get; init; }

    public required FieldType Type { get; init; }

    /// <summary>A row without a value here is quarantined; a file without the column fails.</summary>
    public bool Required { get; init; }

    /// <summary>A direct identifier: only pseudonyms and derived values of it leave ingest.</summary>
    public bool Identifying { get; init; }

    /// <summary>Not delivered in this contract version: the standardised column exists and is null.</summary>
    public bool Absent { get; init; }

    /// <summary>Raw text -> value before any check; a null value means "unknown" (e.g. <c>9 -> null</c>).</summary>
    public IReadOnlyDictionary<string, string?> Map { get; init; } = new Dictionary<string, string?>(StringComparer.Ordinal);

    /// <summary>Allowed values (after the map), as text; empty = any value of the type.</summary>
    public IReadOnlySet<string> Codes { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    public double? Min { get; init; }

    public double? Max { get; init; }

    /// <summary>A regular expression a string value must match in full.</summary>
    public string? Pattern { get; init; }

    /// <summary>For <see cref="FieldType.Bool"/>: the raw texts meaning true and false (default 1 and 0).</summary>
    public string TrueText { get; init; } = "1";

    public string FalseText { get; init; } = "0";

    /// <summary>The value must equal this named group of the file name (e.g. the AGB of a hospital export).</summary>
    public string? EqualsFileName { get; init; }

    /// <summary>For <see cref="FieldType.PatientNumber"/>: the raw column holding the hospital AGB.</summary>
    public string? HospitalColumn { get; init; }

    public SourceLocation Location { get; init; }
}
