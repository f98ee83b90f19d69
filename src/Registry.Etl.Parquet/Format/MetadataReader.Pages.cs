using Registry.Etl.Parquet.Thrift;

namespace Registry.Etl.Parquet.Format;

/// <summary>The page-specific headers inside a <c>PageHeader</c>.</summary>
internal static partial class MetadataReader
{
    private static void ReadDataPageHeader(ref CompactReader r, PageHeader page)
    {
        page.HasTypeHeader = true;
        short last = 0;
        while (r.NextField(ref last, out var type, out var id))
        {
            switch (id)
            {
                case 1:
                    page.NumValues = r.ReadI32Field(type, id);
                    break;
                case 2:
                    page.Encoding = r.ReadI32Field(type, id);
                    break;
                case 3:
                    page.DefinitionLevelEncoding = r.ReadI32Field(type, id);
                    break;
                case 4:
                    page.RepetitionLevelEncoding = r.ReadI32Field(type, id);
                    break;
                default:
                    r.Skip(type);
                    break;
            }
        }
    }

    private static void ReadDictionaryPageHeader(ref CompactReader r, PageHeader page)
    {
        page.HasTypeHeader = true;
        short last = 0;
        while (r.NextField(ref last, out var type, out var id))
        {
            switch (id)
            {
                case 1:
                    page.NumValues = r.ReadI32Field(type, id);
                    break;
                case 2:
                    page.Encoding = r.ReadI32Field(type, id);
                    break;
                default:
                    r.Skip(type);
                    break;
            }
        }
    }

    private static void ReadDataPageHeaderV2(ref CompactReader r, PageHeader page)
    {
        page.HasTypeHeader = true;
        short last = 0;
        while (r.NextField(ref last, out var type, out var id))
        {
            switch (id)
            {
                case 1:
                    page.NumValues = r.ReadI32Field(type, id);
                    break;
                case 2:
                    page.NumNulls = r.ReadI32Field(type, id);
                    break;
                case 3:
                    page.NumRows = r.ReadI32Field(type, id);
                    break;
                case 4:
                    page.Encoding = r.ReadI32Field(type, id);
                    break;
                case 5:
                    page.DefinitionLevelsByteLength = r.ReadI32Field(type, id);
                    break;
                case 6:
                    page.RepetitionLevelsByteLength = r.ReadI32Field(type, id);
                    break;
                case 7:
                    page.IsCompressed = r.ReadBoolField(type, id);
                    break;
                default:
                    r.Skip(type);
                    break;
            }
        }
    }
}
