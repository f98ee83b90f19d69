namespace Registry.Etl.Parquet;

/// <summary>
/// parquet.thrift <c>CompressionCodec</c> (the numbers are the spec's). The writer and reader support
/// Uncompressed, Snappy and Gzip; the others are named so a file using them gets a clear error.
/// </summary>
public enum ParquetCompression
{
    Uncompressed = 0,
    Snappy = 1,
    Gzip = 2,
    Lzo = 3,
    Brotli = 4,
    Lz4 = 5,
    Zstd = 6,
    Lz4Raw = 7,
}
