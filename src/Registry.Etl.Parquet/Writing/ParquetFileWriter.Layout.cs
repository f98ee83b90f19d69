using System.Buffers.Binary;
using Registry.Etl.Parquet.Format;
using Registry.Etl.Parquet.Schema;
using Registry.Etl.Parquet.Thrift;

namespace Registry.Etl.Parquet.Writing;

/// <summary>The file's layout: magic, row groups (column chunks one after another), footer.</summary>
public sealed partial class ParquetFileWriter
{
    internal static ReadOnlySpan<byte> Magic => "PAR1"u8;

    private readonly List<RowGroup> _rowGroups = [];

    private void WriteMagic()
    {
        _stream.Write(Magic);
        _position += Magic.Length;
    }

    private void FlushRowGroup()
    {
        if (Options.MaxDegreeOfParallelism == 1)
        {
            foreach (var column in _columns)
            {
                column.Finish();
            }
        }
        else
        {
            RunParallel(c => _columns[c].Finish());
        }

        var rowGroup = new RowGroup
        {
            NumRows = _rowsInGroup,
            FileOffset = _position,
            Ordinal = _rowGroups.Count <= short.MaxValue ? (short)_rowGroups.Count : null,
        };
        var start = _position;
        long uncompressed = 0;
        foreach (var column in _columns)
        {
            var chunk = column.WriteTo(_stream, _position);
            _position += chunk.MetaData!.TotalCompressedSize;
            uncompressed += chunk.MetaData.TotalUncompressedSize;
            rowGroup.Columns.Add(chunk);
        }

        rowGroup.TotalByteSize = uncompressed;
        rowGroup.TotalCompressedSize = _position - start;
        _rowGroups.Add(rowGroup);
        _rowsInGroup = 0;
    }

    private void WriteFooter()
    {
        var meta = new FileMetaData
        {
            Version = 1,
            NumRows = RowCount,
            CreatedBy = Options.CreatedBy ?? ParquetWriterOptions.DefaultCreatedBy,
        };
        meta.Schema.Add(new SchemaElement { Name = "schema", NumChildren = Schema.Count });
        foreach (var field in Schema.Fields)
        {
            meta.Schema.Add(ToSchemaElement(field));
            meta.ColumnOrders.Add(1); // TYPE_ORDER: the order parquet.thrift defines for the logical type
        }

        meta.RowGroups.AddRange(_rowGroups);
        foreach (var (key, value) in _metadata)
        {
            meta.KeyValueMetadata.Add(new(key, value));
        }

        var writer = new CompactWriter(4096);
        MetadataWriter.WriteFileMetaData(writer, meta);
        _stream.Write(writer.WrittenSpan);
        Span<byte> tail = stackalloc byte[8];
        BinaryPrimitives.WriteInt32LittleEndian(tail, writer.Length);
        Magic.CopyTo(tail[4..]);
        _stream.Write(tail);
        _position += writer.Length + tail.Length;
    }

    private static SchemaElement ToSchemaElement(ParquetField field)
    {
        var element = new SchemaElement
        {
            Name = field.Name,
            Type = (int)field.PhysicalType,
            TypeLength = field.PhysicalType == ParquetPhysicalType.FixedLenByteArray ? field.TypeLength : null,
            RepetitionType = (int)field.Repetition,
            ConvertedType = field.ConvertedType,
        };
        switch (field.LogicalType)
        {
            case ParquetLogicalType.String:
                element.LogicalTypeId = 1;
                break;
            case ParquetLogicalType.Decimal:
                element.LogicalTypeId = 5;
                element.LogicalPrecision = field.Precision;
                element.LogicalScale = field.Scale;
                element.Precision = field.Precision;
                element.Scale = field.Scale;
                break;
            case ParquetLogicalType.Date:
                element.LogicalTypeId = 6;
                break;
            case ParquetLogicalType.Timestamp:
                element.LogicalTypeId = 8;
                element.LogicalIsAdjustedToUtc = field.IsAdjustedToUtc;
                element.LogicalTimeUnit = (short)(field.TimeUnit + 1);
                break;
            case ParquetLogicalType.Integer:
                element.LogicalTypeId = 10;
                element.LogicalBitWidth = field.BitWidth;
                element.LogicalIsSigned = field.IsSigned;
                break;
            default:
                break;
        }

        return element;
    }
}
