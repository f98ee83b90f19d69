namespace Registry.Etl.Parquet.Format;

/// <summary>parquet.thrift <c>ColumnMetaData</c>.</summary>
internal sealed class ColumnMetaData
{
    public int Type { get; set; }

    public List<int> Encodings { get; } = [];

    public List<string> PathInSchema { get; } = [];

    public int Codec { get; set; }

    public long NumValues { get; set; }

    public long TotalUncompressedSize { get; set; }

    public long TotalCompressedSize { get; set; }

    public long DataPageOffset { get; set; }

    public long? IndexPageOffset { get; set; }

    public long? DictionaryPageOffset { get; set; }

    public Statistics? Statistics { get; set; }
}
