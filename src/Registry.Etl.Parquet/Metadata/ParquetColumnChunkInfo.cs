using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Metadata;

/// <summary>One column of one row group: codec, encodings, sizes, offsets, statistics.</summary>
public sealed class ParquetColumnChunkInfo
{
    internal ParquetColumnChunkInfo(
        ParquetField field,
        ParquetCompression codec,
        IReadOnlyList<ParquetEncoding> encodings,
        long valueCount,
        long compressedSize,
        long uncompressedSize,
        long dataPageOffset,
        long? dictionaryPageOffset,
        ParquetStatistics? statistics)
    {
        Field = field;
        Codec = codec;
        Encodings = encodings;
        ValueCount = valueCount;
        CompressedSize = compressedSize;
        UncompressedSize = uncompressedSize;
        DataPageOffset = dataPageOffset;
        DictionaryPageOffset = dictionaryPageOffset;
        Statistics = statistics;
    }

    public ParquetField Field { get; }

    public ParquetCompression Codec { get; }

    /// <summary>Every encoding used by the chunk's pages (including RLE for definition levels).</summary>
    public IReadOnlyList<ParquetEncoding> Encodings { get; }

    /// <summary>Values including nulls (for flat columns: the row group's rows).</summary>
    public long ValueCount { get; }

    /// <summary>Bytes on disk, page headers included.</summary>
    public long CompressedSize { get; }

    /// <summary>Bytes after decompression, page headers included.</summary>
    public long UncompressedSize { get; }

    public long DataPageOffset { get; }

    public long? DictionaryPageOffset { get; }

    /// <summary>The chunk's statistics, or null when the file has none.</summary>
    public ParquetStatistics? Statistics { get; }

    /// <summary>Offset of the chunk's first page (the dictionary page when there is one).</summary>
    public long StartOffset => DictionaryPageOffset is { } d && d > 0 && d < DataPageOffset ? d : DataPageOffset;
}
