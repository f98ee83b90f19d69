using System.Globalization;
using Registry.Etl.Parquet;
using Registry.Etl.Parquet.Metadata;
using Registry.Etl.Parquet.Reading;
using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Cli.Commands.Parquet;

/// <summary>The human-readable report of `parquet inspect`.</summary>
internal static class InspectTextRenderer
{
    private const int MaxValueWidth = 32;

    public static void Render(string name, ParquetFileMetadata meta, TextWriter output)
    {
        var compressed = meta.RowGroups.Sum(g => g.TotalCompressedSize);
        var uncompressed = meta.RowGroups.Sum(g => g.Columns.Sum(c => c.UncompressedSize));
        output.WriteLine($"{name}  ·  {ParquetValueText.Size(meta.FileLength)}  ·  {ParquetValueText.Count(meta.RowCount)} rows  ·  {Plural(meta.RowGroups.Count, "row group")}  ·  {Plural(meta.Schema.Count, "column")}");
        output.WriteLine($"created by  {meta.CreatedBy ?? "(not recorded)"}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"format      version {meta.FormatVersion}; data {ParquetValueText.Size(compressed)} on disk, {ParquetValueText.Size(uncompressed)} uncompressed; footer {ParquetValueText.Size(meta.FooterLength)}"));
        output.WriteLine();

        output.WriteLine("Schema");
        var schema = new TextTable("#", "column", "type", "physical", "nulls allowed").AlignRight(0);
        for (var i = 0; i < meta.Schema.Count; i++)
        {
            var f = meta.Schema[i];
            schema.Add(i.ToString(CultureInfo.InvariantCulture), f.Name, TypeName(f), f.PhysicalTypeDisplay, f.IsNullable ? "yes (OPTIONAL)" : "no (REQUIRED)");
        }

        schema.WriteTo(output);
        output.WriteLine();

        output.WriteLine(meta.KeyValueMetadata.Count == 0 ? "Key-value metadata: none" : $"Key-value metadata ({meta.KeyValueMetadata.Count})");
        if (meta.KeyValueMetadata.Count > 0)
        {
            var kv = new TextTable("key", "value");
            foreach (var (key, value) in meta.KeyValueMetadata)
            {
                kv.Add(key, value is null ? "(no value)" : ParquetValueText.Shorten(value.ReplaceLineEndings(" "), 100));
            }

            kv.WriteTo(output);
        }

        foreach (var group in meta.RowGroups)
        {
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Row group {group.Index}  ·  {ParquetValueText.Count(group.RowCount)} rows  ·  {ParquetValueText.Size(group.TotalCompressedSize)} on disk, {ParquetValueText.Size(group.TotalByteSize)} uncompressed  ·  at byte {group.FirstOffset}"));
            var table = new TextTable("column", "codec", "encodings", "on disk", "uncompressed", "nulls", "min", "max").AlignRight(3, 4, 5);
            foreach (var chunk in group.Columns)
            {
                var stats = chunk.Statistics;
                table.Add(
                    chunk.Field.Name,
                    ParquetNames.Of(chunk.Codec),
                    string.Join(" ", chunk.Encodings.Select(ParquetNames.Of)),
                    ParquetValueText.Size(chunk.CompressedSize),
                    ParquetValueText.Size(chunk.UncompressedSize),
                    stats?.NullCount is { } n ? ParquetValueText.Count(n) : "-",
                    Bound(chunk.Field, stats?.Min, stats),
                    Bound(chunk.Field, stats?.Max, stats));
            }

            table.WriteTo(output);
        }

        if (meta.RowGroups.SelectMany(g => g.Columns).Any(c => c.Statistics?.FromDeprecatedFields == true))
        {
            output.WriteLine();
            output.WriteLine("* from the deprecated min/max fields (the writer recorded no min_value/max_value)");
        }
    }

    public static string TypeName(ParquetField f) => f.LogicalType == ParquetLogicalType.None ? f.PhysicalTypeDisplay : f.LogicalTypeDisplay;

    private static string Bound(ParquetField field, object? value, ParquetStatistics? stats) =>
        value is null ? "-" : ParquetValueText.Shorten(ParquetValueText.Format(field, value), MaxValueWidth) + (stats!.FromDeprecatedFields ? " *" : "");

    private static string Plural(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n:N0} {noun}{(n == 1 ? "" : "s")}");
}
