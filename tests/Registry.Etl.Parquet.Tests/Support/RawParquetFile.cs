using System.Buffers.Binary;
using Registry.Etl.Parquet.Format;
using Registry.Etl.Parquet.Thrift;

namespace Registry.Etl.Parquet.Tests.Support;

/// <summary>
/// Builds Parquet files page by page from the format model, to make files our writer never would:
/// other physical types (INT96), nested schemas, odd encodings, or a footer rewritten around valid data.
/// </summary>
internal static class RawParquetFile
{
    public static byte[] SinglePageColumn(SchemaElement leaf, int rows, PageHeader header, byte[] body, int codec = 0)
    {
        var pageHeader = Serialize(w => MetadataWriter.WritePageHeader(w, header));
        var data = new List<byte>("PAR1"u8.ToArray());
        var offset = data.Count;
        data.AddRange(pageHeader);
        data.AddRange(body);
        var meta = new FileMetaData { NumRows = rows, CreatedBy = "test version 1 (build x)" };
        meta.Schema.Add(new SchemaElement { Name = "schema", NumChildren = 1 });
        meta.Schema.Add(leaf);
        var rowGroup = new RowGroup { NumRows = rows, TotalByteSize = pageHeader.Length + body.Length };
        var column = new ColumnMetaData
        {
            Type = leaf.Type ?? 0,
            Codec = codec,
            NumValues = rows,
            TotalCompressedSize = pageHeader.Length + body.Length,
            TotalUncompressedSize = pageHeader.Length + body.Length,
            DataPageOffset = offset,
        };
        column.Encodings.Add(header.Encoding);
        column.PathInSchema.Add(leaf.Name);
        rowGroup.Columns.Add(new ColumnChunk { MetaData = column });
        meta.RowGroups.Add(rowGroup);
        meta.ColumnOrders.Add(1);
        return WithFooter(data.ToArray(), meta);
    }

    /// <summary>Replaces a file's footer: parse it, let <paramref name="edit"/> change it, write it back after the same data.</summary>
    public static byte[] EditFooter(byte[] file, Action<FileMetaData> edit)
    {
        var length = BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(file.Length - 8));
        var start = file.Length - 8 - length;
        var meta = MetadataReader.ReadFileMetaData(file.AsSpan(start, length), start, default);
        edit(meta);
        return WithFooter(file[..start], meta);
    }

    public static byte[] WithFooter(byte[] data, FileMetaData meta)
    {
        var footer = Serialize(w => MetadataWriter.WriteFileMetaData(w, meta));
        var tail = new byte[8];
        BinaryPrimitives.WriteInt32LittleEndian(tail, footer.Length);
        "PAR1"u8.CopyTo(tail.AsSpan(4));
        return [.. data, .. footer, .. tail];
    }

    public static byte[] Serialize(Action<CompactWriter> write)
    {
        var writer = new CompactWriter();
        write(writer);
        return writer.WrittenSpan.ToArray();
    }
}
