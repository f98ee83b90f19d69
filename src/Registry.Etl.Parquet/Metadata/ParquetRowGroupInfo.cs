namespace Registry.Etl.Parquet.Metadata;

/// <summary>One row group: its rows, sizes and column chunks.</summary>
public sealed class ParquetRowGroupInfo
{
    internal ParquetRowGroupInfo(int index, long rowCount, long totalByteSize, long totalCompressedSize, long firstOffset, IReadOnlyList<ParquetColumnChunkInfo> columns)
    {
        Index = index;
        RowCount = rowCount;
        TotalByteSize = totalByteSize;
        TotalCompressedSize = totalCompressedSize;
        FirstOffset = firstOffset;
        Columns = columns;
    }

    public int Index { get; }

    public long RowCount { get; }

    /// <summary>Uncompressed bytes of the row group's column data, as the footer records it.</summary>
    public long TotalByteSize { get; }

    /// <summary>Compressed bytes: the sum of the column chunks' sizes.</summary>
    public long TotalCompressedSize { get; }

    /// <summary>File offset of the row group's first page.</summary>
    public long FirstOffset { get; }

    public IReadOnlyList<ParquetColumnChunkInfo> Columns { get; }
}
