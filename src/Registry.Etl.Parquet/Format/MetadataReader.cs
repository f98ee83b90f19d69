using Registry.Etl.Parquet.Thrift;

namespace Registry.Etl.Parquet.Format;

/// <summary>
/// Parses the footer (<c>FileMetaData</c>) and page headers from Thrift compact bytes into the format
/// model. Unknown fields are skipped; a known field of the wrong type or a missing required field is a
/// <see cref="ParquetFormatException"/>.
/// </summary>
internal static partial class MetadataReader
{
    public static FileMetaData ReadFileMetaData(ReadOnlySpan<byte> footer, long footerOffset, ParquetErrorLocation location)
    {
        var r = new CompactReader(footer, footerOffset, "file footer", location);
        var meta = new FileMetaData();
        bool hasVersion = false, hasSchema = false, hasRows = false, hasRowGroups = false;
        short last = 0;
        while (r.NextField(ref last, out var type, out var id))
        {
            switch (id)
            {
                case 1:
                    meta.Version = r.ReadI32Field(type, id);
                    hasVersion = true;
                    break;
                case 2:
                    ReadList(ref r, type, id, meta.Schema, static (ref CompactReader x) => ReadSchemaElement(ref x));
                    hasSchema = true;
                    break;
                case 3:
                    meta.NumRows = r.ReadI64Field(type, id);
                    hasRows = true;
                    break;
                case 4:
                    ReadList(ref r, type, id, meta.RowGroups, static (ref CompactReader x) => ReadRowGroup(ref x));
                    hasRowGroups = true;
                    break;
                case 5:
                    ReadList(ref r, type, id, meta.KeyValueMetadata, static (ref CompactReader x) => ReadKeyValue(ref x));
                    break;
                case 6:
                    meta.CreatedBy = r.ReadStringField(type, id);
                    break;
                case 7:
                    ReadList(ref r, type, id, meta.ColumnOrders, static (ref CompactReader x) => ReadUnionFieldId(ref x));
                    break;
                case 8:
                    Throw.NotSupported("The file is encrypted (encryption_algorithm is set); encrypted Parquet is not supported", location);
                    break;
                default:
                    r.Skip(type);
                    break;
            }
        }

        if (!(hasVersion && hasSchema && hasRows && hasRowGroups))
        {
            r.Fail("a required field (version, schema, num_rows or row_groups) is missing");
        }

        return meta;
    }

    public static PageHeader ReadPageHeader(ReadOnlySpan<byte> data, long offset, ParquetErrorLocation location, out int headerLength)
    {
        var r = new CompactReader(data, offset, "page header", location);
        var page = new PageHeader();
        short last = 0;
        while (r.NextField(ref last, out var type, out var id))
        {
            switch (id)
            {
                case 1:
                    page.Type = r.ReadI32Field(type, id);
                    break;
                case 2:
                    page.UncompressedPageSize = r.ReadI32Field(type, id);
                    break;
                case 3:
                    page.CompressedPageSize = r.ReadI32Field(type, id);
                    break;
                case 4:
                    page.Crc = r.ReadI32Field(type, id);
                    break;
                case 5:
                    r.ExpectStruct(type, id);
                    ReadDataPageHeader(ref r, page);
                    break;
                case 7:
                    r.ExpectStruct(type, id);
                    ReadDictionaryPageHeader(ref r, page);
                    break;
                case 8:
                    r.ExpectStruct(type, id);
                    ReadDataPageHeaderV2(ref r, page);
                    break;
                default:
                    r.Skip(type);
                    break;
            }
        }

        if (page.Type < 0 || page.UncompressedPageSize < 0 || page.CompressedPageSize < 0)
        {
            r.Fail("the page type or a page size is missing or negative");
        }

        headerLength = r.Position;
        return page;
    }

    private delegate T ElementReader<T>(ref CompactReader reader);

    private static void ReadList<T>(ref CompactReader r, byte type, short id, List<T> target, ElementReader<T> read)
    {
        var count = r.ReadListHeader(type, id, out var elementType);
        var expected = typeof(T) == typeof(string) ? CompactType.Binary
            : typeof(T) == typeof(int) ? CompactType.I32
            : CompactType.Struct;
        if (count > 0)
        {
            r.ExpectElement(elementType, expected, id);
        }

        for (var i = 0; i < count; i++)
        {
            target.Add(read(ref r));
        }
    }

    private static KeyValuePair<string, string?> ReadKeyValue(ref CompactReader r)
    {
        string? key = null;
        string? value = null;
        short last = 0;
        while (r.NextField(ref last, out var type, out var id))
        {
            switch (id)
            {
                case 1:
                    key = r.ReadStringField(type, id);
                    break;
                case 2:
                    value = r.ReadStringField(type, id);
                    break;
                default:
                    r.Skip(type);
                    break;
            }
        }

        if (key is null)
        {
            r.Fail("a key-value entry has no key");
        }

        return new KeyValuePair<string, string?>(key!, value);
    }

    /// <summary>Reads a union (e.g. ColumnOrder) and returns the id of the field that is set, skipping its value.</summary>
    private static short ReadUnionFieldId(ref CompactReader r)
    {
        short result = 0;
        short last = 0;
        while (r.NextField(ref last, out var type, out var id))
        {
            result = id;
            r.Skip(type);
        }

        return result;
    }
}
