namespace Registry.Etl.Parquet.Format;

/// <summary>parquet.thrift <c>FileMetaData</c>: the footer.</summary>
internal sealed class FileMetaData
{
    public int Version { get; set; } = 1;

    public List<SchemaElement> Schema { get; } = [];

    public long NumRows { get; set; }

    public List<RowGroup> RowGroups { get; } = [];

    public List<KeyValuePair<string, string?>> KeyValueMetadata { get; } = [];

    public string? CreatedBy { get; set; }

    /// <summary>One per leaf column: the ColumnOrder union's field id (1 = TYPE_ORDER, 2 = IEEE_754_TOTAL_ORDER).</summary>
    public List<short> ColumnOrders { get; } = [];
}
