namespace Registry.Etl.Parquet.Format;

/// <summary>parquet.thrift <c>PageHeader</c> with whichever of its page-specific headers is set.</summary>
internal sealed class PageHeader
{
    public const int DataPage = 0;
    public const int IndexPage = 1;
    public const int DictionaryPage = 2;
    public const int DataPageV2 = 3;

    public int Type { get; set; } = -1;

    public int UncompressedPageSize { get; set; } = -1;

    public int CompressedPageSize { get; set; } = -1;

    public int? Crc { get; set; }

    /// <summary>Number of values, including nulls (data pages) or dictionary entries (dictionary pages).</summary>
    public int NumValues { get; set; } = -1;

    public int Encoding { get; set; } = -1;

    public int DefinitionLevelEncoding { get; set; } = 3;

    public int RepetitionLevelEncoding { get; set; } = 3;

    /// <summary>Data page v2 only.</summary>
    public int NumNulls { get; set; }

    /// <summary>Data page v2 only.</summary>
    public int NumRows { get; set; }

    /// <summary>Data page v2 only: byte length of the (uncompressed) definition levels.</summary>
    public int DefinitionLevelsByteLength { get; set; }

    /// <summary>Data page v2 only.</summary>
    public int RepetitionLevelsByteLength { get; set; }

    /// <summary>Data page v2 only: whether the values section is compressed (the spec's default is true).</summary>
    public bool IsCompressed { get; set; } = true;

    public bool HasTypeHeader { get; set; }
}
