namespace Registry.Etl.Parquet;

/// <summary>Encodings and codecs as parquet.thrift spells them, for messages and reports.</summary>
public static class ParquetNames
{
    public static string Of(ParquetEncoding encoding) => encoding switch
    {
        ParquetEncoding.Plain => "PLAIN",
        ParquetEncoding.PlainDictionary => "PLAIN_DICTIONARY",
        ParquetEncoding.Rle => "RLE",
        ParquetEncoding.BitPacked => "BIT_PACKED",
        ParquetEncoding.DeltaBinaryPacked => "DELTA_BINARY_PACKED",
        ParquetEncoding.DeltaLengthByteArray => "DELTA_LENGTH_BYTE_ARRAY",
        ParquetEncoding.DeltaByteArray => "DELTA_BYTE_ARRAY",
        ParquetEncoding.RleDictionary => "RLE_DICTIONARY",
        ParquetEncoding.ByteStreamSplit => "BYTE_STREAM_SPLIT",
        _ => $"#{(int)encoding}",
    };

    public static string Of(ParquetCompression codec) => codec switch
    {
        ParquetCompression.Uncompressed => "UNCOMPRESSED",
        ParquetCompression.Lz4Raw => "LZ4_RAW",
        _ => Enum.IsDefined(codec) ? codec.ToString().ToUpperInvariant() : $"codec #{(int)codec}",
    };
}
