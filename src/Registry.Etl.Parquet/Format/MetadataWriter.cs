using Registry.Etl.Parquet.Thrift;

namespace Registry.Etl.Parquet.Format;

/// <summary>Serialises the footer and page headers to Thrift compact bytes (field ids from parquet.thrift).</summary>
internal static class MetadataWriter
{
    public static void WriteFileMetaData(CompactWriter w, FileMetaData meta)
    {
        w.BeginStruct();
        w.FieldI32(1, meta.Version);
        w.FieldListBegin(2, CompactType.Struct, meta.Schema.Count);
        foreach (var element in meta.Schema)
        {
            WriteSchemaElement(w, element);
        }

        w.FieldI64(3, meta.NumRows);
        w.FieldListBegin(4, CompactType.Struct, meta.RowGroups.Count);
        foreach (var rowGroup in meta.RowGroups)
        {
            WriteRowGroup(w, rowGroup);
        }

        if (meta.KeyValueMetadata.Count > 0)
        {
            w.FieldListBegin(5, CompactType.Struct, meta.KeyValueMetadata.Count);
            foreach (var (key, value) in meta.KeyValueMetadata)
            {
                w.BeginStruct();
                w.FieldString(1, key);
                if (value is not null)
                {
                    w.FieldString(2, value);
                }

                w.EndStruct();
            }
        }

        if (meta.CreatedBy is not null)
        {
            w.FieldString(6, meta.CreatedBy);
        }

        w.FieldListBegin(7, CompactType.Struct, meta.ColumnOrders.Count);
        foreach (var order in meta.ColumnOrders)
        {
            w.BeginStruct();
            w.FieldStructBegin(order);
            w.EndStruct();
            w.EndStruct();
        }

        w.EndStruct();
    }

    public static void WritePageHeader(CompactWriter w, PageHeader page)
    {
        w.BeginStruct();
        w.FieldI32(1, page.Type);
        w.FieldI32(2, page.UncompressedPageSize);
        w.FieldI32(3, page.CompressedPageSize);
        if (page.Type == PageHeader.DictionaryPage)
        {
            w.FieldStructBegin(7);
            w.FieldI32(1, page.NumValues);
            w.FieldI32(2, page.Encoding);
            w.FieldBool(3, false);
            w.EndStruct();
        }
        else
        {
            w.FieldStructBegin(5);
            w.FieldI32(1, page.NumValues);
            w.FieldI32(2, page.Encoding);
            w.FieldI32(3, page.DefinitionLevelEncoding);
            w.FieldI32(4, page.RepetitionLevelEncoding);
            w.EndStruct();
        }

        w.EndStruct();
    }

    private static void WriteSchemaElement(CompactWriter w, SchemaElement e)
    {
        w.BeginStruct();
        if (e.Type is { } type)
        {
            w.FieldI32(1, type);
        }

        if (e.TypeLength is { } length)
        {
            w.FieldI32(2, length);
        }

        if (e.RepetitionType is { } repetition)
        {
            w.FieldI32(3, repetition);
        }

        w.FieldString(4, e.Name);
        if (e.NumChildren is { } children)
        {
            w.FieldI32(5, children);
        }

        if (e.ConvertedType is { } converted)
        {
            w.FieldI32(6, converted);
        }

        if (e.Scale is { } scale)
        {
            w.FieldI32(7, scale);
        }

        if (e.Precision is { } precision)
        {
            w.FieldI32(8, precision);
        }

        if (e.LogicalTypeId is { } logical)
        {
            WriteLogicalType(w, e, logical);
        }

        w.EndStruct();
    }

    private static void WriteLogicalType(CompactWriter w, SchemaElement e, short logical)
    {
        w.FieldStructBegin(10);
        w.FieldStructBegin(logical);
        switch (logical)
        {
            case 5:
                w.FieldI32(1, e.LogicalScale);
                w.FieldI32(2, e.LogicalPrecision);
                break;
            case 7:
            case 8:
                w.FieldBool(1, e.LogicalIsAdjustedToUtc);
                w.FieldStructBegin(2);
                w.FieldStructBegin(e.LogicalTimeUnit);
                w.EndStruct();
                w.EndStruct();
                break;
            case 10:
                w.FieldI8(1, (sbyte)e.LogicalBitWidth);
                w.FieldBool(2, e.LogicalIsSigned);
                break;
            default:
                break;
        }

        w.EndStruct();
        w.EndStruct();
    }

    private static void WriteRowGroup(CompactWriter w, RowGroup rg)
    {
        w.BeginStruct();
        w.FieldListBegin(1, CompactType.Struct, rg.Columns.Count);
        foreach (var chunk in rg.Columns)
        {
            w.BeginStruct();
            w.FieldI64(2, chunk.FileOffset);
            w.FieldStructBegin(3);
            WriteColumnMetaData(w, chunk.MetaData!);
            w.EndStruct();
            w.EndStruct();
        }

        w.FieldI64(2, rg.TotalByteSize);
        w.FieldI64(3, rg.NumRows);
        if (rg.FileOffset is { } offset)
        {
            w.FieldI64(5, offset);
        }

        if (rg.TotalCompressedSize is { } compressed)
        {
            w.FieldI64(6, compressed);
        }

        if (rg.Ordinal is { } ordinal)
        {
            w.FieldI32(7, ordinal);
        }

        w.EndStruct();
    }

    private static void WriteColumnMetaData(CompactWriter w, ColumnMetaData m)
    {
        w.FieldI32(1, m.Type);
        w.FieldListBegin(2, CompactType.I32, m.Encodings.Count);
        foreach (var encoding in m.Encodings)
        {
            w.I32(encoding);
        }

        w.FieldListBegin(3, CompactType.Binary, m.PathInSchema.Count);
        foreach (var part in m.PathInSchema)
        {
            w.String(part);
        }

        w.FieldI32(4, m.Codec);
        w.FieldI64(5, m.NumValues);
        w.FieldI64(6, m.TotalUncompressedSize);
        w.FieldI64(7, m.TotalCompressedSize);
        w.FieldI64(9, m.DataPageOffset);
        if (m.DictionaryPageOffset is { } dictionary)
        {
            w.FieldI64(11, dictionary);
        }

        if (m.Statistics is { } stats)
        {
            w.FieldStructBegin(12);
            WriteStatistics(w, stats);
            w.EndStruct();
        }
    }

    private static void WriteStatistics(CompactWriter w, Statistics s)
    {
        if (s.NullCount is { } nulls)
        {
            w.FieldI64(3, nulls);
        }

        if (s.MaxValue is { } max)
        {
            w.FieldBinary(5, max);
        }

        if (s.MinValue is { } min)
        {
            w.FieldBinary(6, min);
        }

        if (s.IsMaxValueExact is { } maxExact)
        {
            w.FieldBool(7, maxExact);
        }

        if (s.IsMinValueExact is { } minExact)
        {
            w.FieldBool(8, minExact);
        }

        if (s.NanCount is { } nans)
        {
            w.FieldI64(9, nans);
        }
    }
}
