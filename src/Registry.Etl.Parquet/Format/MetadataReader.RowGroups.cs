using Registry.Etl.Parquet.Thrift;

namespace Registry.Etl.Parquet.Format;

/// <summary><c>RowGroup</c>, <c>ColumnChunk</c>, <c>ColumnMetaData</c> and <c>Statistics</c>.</summary>
internal static partial class MetadataReader
{
    private static RowGroup ReadRowGroup(ref CompactReader r)
    {
        var rg = new RowGroup();
        var required = 0;
        short last = 0;
        while (r.NextField(ref last, out var type, out var id))
        {
            switch (id)
            {
                case 1:
                    ReadList(ref r, type, id, rg.Columns, static (ref CompactReader x) => ReadColumnChunk(ref x));
                    required |= 1;
                    break;
                case 2:
                    rg.TotalByteSize = r.ReadI64Field(type, id);
                    required |= 2;
                    break;
                case 3:
                    rg.NumRows = r.ReadI64Field(type, id);
                    required |= 4;
                    break;
                case 5:
                    rg.FileOffset = r.ReadI64Field(type, id);
                    break;
                case 6:
                    rg.TotalCompressedSize = r.ReadI64Field(type, id);
                    break;
                case 7:
                    rg.Ordinal = (short)r.ReadI32Field(type, id);
                    break;
                default:
                    r.Skip(type);
                    break;
            }
        }

        // Required by parquet.thrift; checking them also keeps a footer of empty structs from multiplying into objects.
        if (required != 7)
        {
            r.Fail("a row group lacks its columns, total_byte_size or num_rows");
        }

        return rg;
    }

    private static ColumnChunk ReadColumnChunk(ref CompactReader r)
    {
        var chunk = new ColumnChunk();
        short last = 0;
        while (r.NextField(ref last, out var type, out var id))
        {
            switch (id)
            {
                case 1:
                    chunk.FilePath = r.ReadStringField(type, id);
                    break;
                case 2:
                    chunk.FileOffset = r.ReadI64Field(type, id);
                    break;
                case 3:
                    r.ExpectStruct(type, id);
                    chunk.MetaData = ReadColumnMetaData(ref r);
                    break;
                case 8:
                case 9:
                    chunk.IsEncrypted = true;
                    r.Skip(type);
                    break;
                default:
                    r.Skip(type);
                    break;
            }
        }

        return chunk;
    }

    private static ColumnMetaData ReadColumnMetaData(ref CompactReader r)
    {
        var m = new ColumnMetaData();
        short last = 0;
        while (r.NextField(ref last, out var type, out var id))
        {
            switch (id)
            {
                case 1:
                    m.Type = r.ReadI32Field(type, id);
                    break;
                case 2:
                    ReadList(ref r, type, id, m.Encodings, static (ref CompactReader x) => x.ReadI32());
                    break;
                case 3:
                    ReadList(ref r, type, id, m.PathInSchema, static (ref CompactReader x) => x.ReadString());
                    break;
                case 4:
                    m.Codec = r.ReadI32Field(type, id);
                    break;
                case 5:
                    m.NumValues = r.ReadI64Field(type, id);
                    break;
                case 6:
                    m.TotalUncompressedSize = r.ReadI64Field(type, id);
                    break;
                case 7:
                    m.TotalCompressedSize = r.ReadI64Field(type, id);
                    break;
                case 9:
                    m.DataPageOffset = r.ReadI64Field(type, id);
                    break;
                case 10:
                    m.IndexPageOffset = r.ReadI64Field(type, id);
                    break;
                case 11:
                    m.DictionaryPageOffset = r.ReadI64Field(type, id);
                    break;
                case 12:
                    r.ExpectStruct(type, id);
                    m.Statistics = ReadStatistics(ref r);
                    break;
                default:
                    r.Skip(type);
                    break;
            }
        }

        return m;
    }

    private static Statistics ReadStatistics(ref CompactReader r)
    {
        var s = new Statistics();
        short last = 0;
        while (r.NextField(ref last, out var type, out var id))
        {
            switch (id)
            {
                case 1:
                    s.Max = r.ReadBinaryField(type, id).ToArray();
                    break;
                case 2:
                    s.Min = r.ReadBinaryField(type, id).ToArray();
                    break;
                case 3:
                    s.NullCount = r.ReadI64Field(type, id);
                    break;
                case 4:
                    s.DistinctCount = r.ReadI64Field(type, id);
                    break;
                case 5:
                    s.MaxValue = r.ReadBinaryField(type, id).ToArray();
                    break;
                case 6:
                    s.MinValue = r.ReadBinaryField(type, id).ToArray();
                    break;
                case 7:
                    s.IsMaxValueExact = r.ReadBoolField(type, id);
                    break;
                case 8:
                    s.IsMinValueExact = r.ReadBoolField(type, id);
                    break;
                case 9:
                    s.NanCount = r.ReadI64Field(type, id);
                    break;
                default:
                    r.Skip(type);
                    break;
            }
        }

        return s;
    }
}
