namespace Registry.Etl.Parquet.Writing;

/// <summary>A finished page: its serialised header and compressed body, held until the row group is written.</summary>
internal readonly record struct EncodedPage(byte[] Header, byte[] Body, int UncompressedBodySize)
{
    public long CompressedSize => Header.Length + Body.Length;

    public long UncompressedSize => Header.Length + UncompressedBodySize;
}
