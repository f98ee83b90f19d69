namespace Registry.Etl.Parquet.Format;

/// <summary>parquet.thrift <c>ColumnChunk</c> with its <c>ColumnMetaData</c>.</summary>
internal sealed class ColumnChunk
{
    public string? FilePath { get; set; }

    public long FileOffset { get; set; }

    public ColumnMetaData? MetaData { get; set; }

    public bool IsEncrypted { get; set; }
}
