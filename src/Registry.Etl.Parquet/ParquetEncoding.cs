namespace Registry.Etl.Parquet;

/// <summary>parquet.thrift <c>Encoding</c> (the numbers are the spec's).</summary>
public enum ParquetEncoding
{
    Plain = 0,

    /// <summary>Legacy name of dictionary encoding (dictionary page PLAIN, data pages RLE_DICTIONARY).</summary>
    PlainDictionary = 2,

    /// <summary>RLE/bit-packed hybrid: definition levels and (data page v2) booleans.</summary>
    Rle = 3,
    BitPacked = 4,
    DeltaBinaryPacked = 5,
    DeltaLengthByteArray = 6,
    DeltaByteArray = 7,
    RleDictionary = 8,
    ByteStreamSplit = 9,
}
