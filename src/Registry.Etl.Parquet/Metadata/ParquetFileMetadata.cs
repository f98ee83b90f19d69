using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Metadata;

/// <summary>What a Parquet file's footer says: schema, row groups, column chunks, key-value metadata.</summary>
public sealed class ParquetFileMetadata
{
    internal ParquetFileMetadata(
        ParquetSchema schema,
        long rowCount,
        int formatVersion,
        string? createdBy,
        IReadOnlyList<KeyValuePair<string, string?>> keyValueMetadata,
        IReadOnlyList<ParquetRowGroupInfo> rowGroups,
        long fileLength,
        int footerLength)
    {
        Schema = schema;
        RowCount = rowCount;
        FormatVersion = formatVersion;
        CreatedBy = createdBy;
        KeyValueMetadata = keyValueMetadata;
        RowGroups = rowGroups;
        FileLength = fileLength;
        FooterLength = footerLength;
    }

    public ParquetSchema Schema { get; }

    public long RowCount { get; }

    public int FormatVersion { get; }

    /// <summary>The writing application, e.g. "DuckDB version v1.5.6 (build 069cc9f9b5)".</summary>
    public string? CreatedBy { get; }

    /// <summary>File key-value metadata in file order (a value may be absent).</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> KeyValueMetadata { get; }

    public IReadOnlyList<ParquetRowGroupInfo> RowGroups { get; }

    public long FileLength { get; }

    /// <summary>Bytes of the Thrift-encoded footer.</summary>
    public int FooterLength { get; }

    /// <summary>The value of a key-value entry, or null.</summary>
    public string? GetMetadata(string key)
    {
        foreach (var (k, v) in KeyValueMetadata)
        {
            if (k == key)
            {
                return v;
            }
        }

        return null;
    }
}
