namespace Registry.Etl.Ingest.Contracts;

/// <summary>
/// One version of a source's export, as read from <c>pipelines/sources/&lt;source&gt;.v&lt;version&gt;.yaml</c>
/// (format: pipelines/sources/README.md). Immutable once loaded; a changed export layout is a new file.
/// </summary>
public sealed record SourceContract
{
    public required string Source { get; init; }

    public required string Version { get; init; }

    /// <summary>Applies to exports dated on or after this day (until a later version's <c>valid_from</c>).</summary>
    public required DateOnly ValidFrom { get; init; }

    public required FileNameRule FileName { get; init; }

    public required FileFormat Format { get; init; }

    /// <summary>Raw columns whose values, joined with <c>|</c>, identify a record across exports.</summary>
    public required IReadOnlyList<string> Key { get; init; }

    /// <summary>Raw date column ages are computed at.</summary>
    public string? IndexDate { get; init; }

    public required IReadOnlyList<ContractColumn> Columns { get; init; }

    public IReadOnlyList<ContractRule> Rules { get; init; } = [];

    /// <summary>Where the contract was read from (for messages).</summary>
    public required string FilePath { get; init; }

    /// <summary>SHA-256 (lower-case hex) of the contract file's bytes.</summary>
    public required string Sha256 { get; init; }

    public string Id => $"{Source}.v{Version}";

    public ContractColumn? Find(string raw)
    {
        foreach (var c in Columns)
        {
            if (c.Raw == raw)
            {
                return c;
            }
        }

        return null;
    }
}
