using Registry.Etl.Parquet.Thrift;

namespace Registry.Etl.Parquet.Format;

/// <summary><c>SchemaElement</c> and its <c>LogicalType</c> union.</summary>
internal static partial class MetadataReader
{
    private static SchemaElement ReadSchemaElement(ref CompactReader r)
    {
        var e = new SchemaElement();
        var hasName = false;
        short last = 0;
        while (r.NextField(ref last, out var type, out var id))
        {
            switch (id)
            {
                case 1:
                    e.Type = r.ReadI32Field(type, id);
                    break;
                case 2:
                    e.TypeLength = r.ReadI32Field(type, id);
                    break;
                case 3:
                    e.RepetitionType = r.ReadI32Field(type, id);
                    break;
                case 4:
                    e.Name = r.ReadStringField(type, id);
                    hasName = true;
                    break;
                case 5:
                    e.NumChildren = r.ReadI32Field(type, id);
                    break;
                case 6:
                    e.ConvertedType = r.ReadI32Field(type, id);
                    break;
                case 7:
                    e.Scale = r.ReadI32Field(type, id);
                    break;
                case 8:
                    e.Precision = r.ReadI32Field(type, id);
                    break;
                case 9:
                    e.FieldId = r.ReadI32Field(type, id);
                    break;
                case 10:
                    r.ExpectStruct(type, id);
                    ReadLogicalType(ref r, e);
                    break;
                default:
                    r.Skip(type);
                    break;
            }
        }

        if (!hasName)
        {
            r.Fail("a schema element has no name");
        }

        return e;
    }

    private static void ReadLogicalType(ref CompactReader r, SchemaElement e)
    {
        short last = 0;
        while (r.NextField(ref last, out var type, out var id))
        {
            e.LogicalTypeId = id;
            r.ExpectStruct(type, id);
            switch (id)
            {
                case 5:
                    ReadDecimalType(ref r, e);
                    break;
                case 7:
                case 8:
                    ReadTimeType(ref r, e);
                    break;
                case 10:
                    ReadIntType(ref r, e);
                    break;
                default:
                    r.SkipStruct();
                    break;
            }
        }
    }

    private static void ReadDecimalType(ref CompactReader r, SchemaElement e)
    {
        short last = 0;
        while (r.NextField(ref last, out var type, out var id))
        {
            switch (id)
            {
                case 1:
                    e.LogicalScale = r.ReadI32Field(type, id);
                    break;
                case 2:
                    e.LogicalPrecision = r.ReadI32Field(type, id);
                    break;
                default:
                    r.Skip(type);
                    break;
            }
        }
    }

    private static void ReadTimeType(ref CompactReader r, SchemaElement e)
    {
        short last = 0;
        while (r.NextField(ref last, out var type, out var id))
        {
            switch (id)
            {
                case 1:
                    e.LogicalIsAdjustedToUtc = r.ReadBoolField(type, id);
                    break;
                case 2:
                    r.ExpectStruct(type, id);
                    e.LogicalTimeUnit = ReadUnionFieldId(ref r);
                    break;
                default:
                    r.Skip(type);
                    break;
            }
        }
    }

    private static void ReadIntType(ref CompactReader r, SchemaElement e)
    {
        short last = 0;
        while (r.NextField(ref last, out var type, out var id))
        {
            switch (id)
            {
                case 1:
                    e.LogicalBitWidth = r.ReadI32Field(type, id);
                    break;
                case 2:
                    e.LogicalIsSigned = r.ReadBoolField(type, id);
                    break;
                default:
                    r.Skip(type);
                    break;
            }
        }
    }
}
