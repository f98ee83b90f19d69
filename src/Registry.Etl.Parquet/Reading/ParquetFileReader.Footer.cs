using System.Buffers.Binary;
using System.Globalization;
using Registry.Etl.Parquet.Format;
using Registry.Etl.Parquet.Metadata;
using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Reading;

/// <summary>
/// The footer: "PAR1" at both ends, the 4-byte footer length before the last magic, the Thrift
/// FileMetaData before that. Every offset and size it gives is checked against the file's real length.
/// </summary>
public sealed partial class ParquetFileReader
{
    private const int MagicLength = 4;

    private (FileMetaData Footer, long FooterStart, int FooterLength) ReadFooter()
    {
        var fileLength = _stream.Length;
        if (fileLength < 12)
        {
            Throw.Format(string.Create(CultureInfo.InvariantCulture, $"Not a Parquet file: it is {fileLength} bytes, fewer than the 12 of an empty one (magic, footer length, magic)"), _location.WithOffset(0));
        }

        Span<byte> head = stackalloc byte[MagicLength];
        _stream.Seek(0, SeekOrigin.Begin);
        _stream.ReadExactly(head);
        CheckMagic(head, 0, "start");

        Span<byte> tail = stackalloc byte[8];
        _stream.Seek(fileLength - 8, SeekOrigin.Begin);
        _stream.ReadExactly(tail);
        CheckMagic(tail[4..], fileLength - 4, "end");

        var footerLength = BinaryPrimitives.ReadInt32LittleEndian(tail);
        if (footerLength <= 0 || footerLength > fileLength - 12)
        {
            Throw.Format(string.Create(CultureInfo.InvariantCulture, $"Corrupt footer length: {footerLength} bytes, but the file has {fileLength - 12} bytes between its magic numbers"), _location.WithOffset(fileLength - 8));
        }

        var footerStart = fileLength - 8 - footerLength;
        var footer = new byte[footerLength];
        _stream.Seek(footerStart, SeekOrigin.Begin);
        _stream.ReadExactly(footer);
        var meta = MetadataReader.ReadFileMetaData(footer, footerStart, _location);
        return (meta, footerStart, footerLength);
    }

    private void CheckMagic(ReadOnlySpan<byte> magic, long offset, string where)
    {
        if (magic.SequenceEqual("PARE"u8))
        {
            Throw.NotSupported("The file is encrypted (magic PARE); encrypted Parquet is not supported", _location.WithOffset(offset));
        }

        if (!magic.SequenceEqual("PAR1"u8))
        {
            Throw.Format($"Not a Parquet file: wrong magic number at the {where} (expected PAR1, found {Printable(magic)})", _location.WithOffset(offset));
        }
    }

    private static string Printable(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes);

    private ParquetFileMetadata BuildMetadata(int footerLength)
    {
        var schema = SchemaConverter.Convert(_footer.Schema, _location);
        if (_footer.NumRows < 0)
        {
            Throw.Format(string.Create(CultureInfo.InvariantCulture, $"Corrupt file footer: negative row count {_footer.NumRows}"), _location.WithOffset(_footerStart));
        }

        var rowGroups = new List<ParquetRowGroupInfo>(_footer.RowGroups.Count);
        long rows = 0;
        for (var i = 0; i < _footer.RowGroups.Count; i++)
        {
            var rowGroup = _footer.RowGroups[i];
            rowGroups.Add(BuildRowGroup(i, rowGroup, schema));
            rows += rowGroup.NumRows;
        }

        if (rows != _footer.NumRows)
        {
            Throw.Format(string.Create(CultureInfo.InvariantCulture, $"Corrupt file footer: the file declares {_footer.NumRows} rows, its row groups hold {rows}"), _location.WithOffset(_footerStart));
        }

        return new ParquetFileMetadata(schema, _footer.NumRows, _footer.Version, _footer.CreatedBy, _footer.KeyValueMetadata, rowGroups, _stream.Length, footerLength);
    }

    private ParquetRowGroupInfo BuildRowGroup(int index, RowGroup rowGroup, ParquetSchema schema)
    {
        var where = _location with { RowGroup = index, Offset = _footerStart };
        if (rowGroup.NumRows < 0)
        {
            Throw.Format($"Corrupt file footer: negative row count {rowGroup.NumRows}", where);
        }

        if (rowGroup.Columns.Count != schema.Count)
        {
            Throw.Format(string.Create(CultureInfo.InvariantCulture, $"Corrupt file footer: the row group has {rowGroup.Columns.Count} column chunks, the schema {schema.Count} columns"), where);
        }

        var columns = new List<ParquetColumnChunkInfo>(schema.Count);
        long compressed = 0;
        var first = long.MaxValue;
        for (var c = 0; c < schema.Count; c++)
        {
            var info = BuildColumnChunk(rowGroup.Columns[c], schema[c], rowGroup.NumRows, where with { Column = schema[c].Name });
            columns.Add(info);
            compressed += info.CompressedSize;
            first = Math.Min(first, info.StartOffset);
        }

        return new ParquetRowGroupInfo(index, rowGroup.NumRows, rowGroup.TotalByteSize, compressed, first == long.MaxValue ? 0 : first, columns);
    }

    private ParquetColumnChunkInfo BuildColumnChunk(ColumnChunk chunk, ParquetField field, long rows, ParquetErrorLocation where)
    {
        if (chunk.IsEncrypted)
        {
            Throw.NotSupported("The column chunk is encrypted; encrypted Parquet is not supported", where);
        }

        if (chunk.FilePath is not null)
        {
            Throw.NotSupported($"The column chunk lives in another file ('{chunk.FilePath}'); external column chunks are not supported", where);
        }

        var meta = chunk.MetaData ?? Throw.Format<ColumnMetaData>("Corrupt file footer: a column chunk has no metadata", where);
        if (meta.PathInSchema.Count != 1 || meta.PathInSchema[0] != field.Name)
        {
            Throw.Format($"Corrupt file footer: the column chunk's path '{string.Join('.', meta.PathInSchema)}' does not match the schema", where);
        }

        if (meta.Type != (int)field.PhysicalType)
        {
            Throw.Format($"Corrupt file footer: the column chunk's physical type {meta.Type} does not match the schema's {field.PhysicalTypeDisplay}", where);
        }

        if (meta.NumValues != rows)
        {
            Throw.Format(string.Create(CultureInfo.InvariantCulture, $"Corrupt file footer: the column chunk holds {meta.NumValues} values, the row group {rows} rows"), where);
        }

        var encodings = meta.Encodings.ConvertAll(e => (ParquetEncoding)e);
        var info = new ParquetColumnChunkInfo(
            field,
            (ParquetCompression)meta.Codec,
            encodings,
            meta.NumValues,
            meta.TotalCompressedSize,
            meta.TotalUncompressedSize,
            meta.DataPageOffset,
            meta.DictionaryPageOffset,
            StatisticsDecoder.Decode(meta.Statistics, field));
        var start = info.StartOffset;
        if (start < MagicLength || meta.TotalCompressedSize < 0 || meta.TotalCompressedSize > _footerStart - start || meta.TotalCompressedSize > Array.MaxLength)
        {
            Throw.Format(string.Create(CultureInfo.InvariantCulture, $"Corrupt file footer: the column chunk at offset {start} of {meta.TotalCompressedSize} bytes lies outside the data section (bytes 4..{_footerStart})"), where);
        }

        if (meta.DataPageOffset < start || meta.DataPageOffset >= start + Math.Max(meta.TotalCompressedSize, 1))
        {
            Throw.Format(string.Create(CultureInfo.InvariantCulture, $"Corrupt file footer: the data page offset {meta.DataPageOffset} lies outside its column chunk"), where);
        }

        return info;
    }
}
