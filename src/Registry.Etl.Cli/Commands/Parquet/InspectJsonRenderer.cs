using System.Text.Encodings.Web;
using System.Text.Json;
using Registry.Etl.Parquet;
using Registry.Etl.Parquet.Metadata;
using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Cli.Commands.Parquet;

/// <summary>The JSON form of `parquet inspect --json`; statistics are strings, so 64-bit and decimal values stay exact.</summary>
internal static class InspectJsonRenderer
{
    public static void Render(string name, ParquetFileMetadata meta, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("file", name);
            w.WriteNumber("size_bytes", meta.FileLength);
            w.WriteString("created_by", meta.CreatedBy);
            w.WriteNumber("format_version", meta.FormatVersion);
            w.WriteNumber("rows", meta.RowCount);
            w.WriteNumber("row_group_count", meta.RowGroups.Count);
            w.WriteStartArray("columns");
            foreach (var f in meta.Schema.Fields)
            {
                w.WriteStartObject();
                w.WriteString("name", f.Name);
                w.WriteString("type", InspectTextRenderer.TypeName(f));
                w.WriteString("physical_type", f.PhysicalTypeDisplay);
                w.WriteString("logical_type", f.LogicalType == ParquetLogicalType.None ? null : f.LogicalTypeDisplay);
                w.WriteString("repetition", f.Repetition.ToString().ToUpperInvariant());
                if (f.ConvertedType is { } converted)
                {
                    w.WriteNumber("converted_type", converted);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("key_value_metadata");
            foreach (var (key, value) in meta.KeyValueMetadata)
            {
                w.WriteStartObject();
                w.WriteString("key", key);
                w.WriteString("value", value);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("row_groups");
            foreach (var group in meta.RowGroups)
            {
                WriteRowGroup(w, group);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteRowGroup(Utf8JsonWriter w, ParquetRowGroupInfo group)
    {
        w.WriteStartObject();
        w.WriteNumber("index", group.Index);
        w.WriteNumber("rows", group.RowCount);
        w.WriteNumber("total_byte_size", group.TotalByteSize);
        w.WriteNumber("compressed_size", group.TotalCompressedSize);
        w.WriteNumber("offset", group.FirstOffset);
        w.WriteStartArray("columns");
        foreach (var chunk in group.Columns)
        {
            w.WriteStartObject();
            w.WriteString("name", chunk.Field.Name);
            w.WriteString("codec", ParquetNames.Of(chunk.Codec));
            w.WriteStartArray("encodings");
            foreach (var e in chunk.Encodings)
            {
                w.WriteStringValue(ParquetNames.Of(e));
            }

            w.WriteEndArray();
            w.WriteNumber("values", chunk.ValueCount);
            w.WriteNumber("compressed_size", chunk.CompressedSize);
            w.WriteNumber("uncompressed_size", chunk.UncompressedSize);
            w.WriteNumber("data_page_offset", chunk.DataPageOffset);
            if (chunk.DictionaryPageOffset is { } dictionary)
            {
                w.WriteNumber("dictionary_page_offset", dictionary);
            }

            if (chunk.Statistics is { } s)
            {
                w.WriteStartObject("statistics");
                WriteOptional(w, "null_count", s.NullCount);
                WriteOptional(w, "distinct_count", s.DistinctCount);
                WriteOptional(w, "nan_count", s.NanCount);
                w.WriteString("min", s.Min is null ? null : ParquetValueText.Format(chunk.Field, s.Min));
                w.WriteString("max", s.Max is null ? null : ParquetValueText.Format(chunk.Field, s.Max));
                w.WriteBoolean("from_deprecated_fields", s.FromDeprecatedFields);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, long? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
