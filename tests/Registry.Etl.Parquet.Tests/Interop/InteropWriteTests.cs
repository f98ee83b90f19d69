using Registry.Etl.Parquet.Schema;
using Registry.Etl.Parquet.Tests.Support;
using Registry.Etl.Parquet.Writing;

namespace Registry.Etl.Parquet.Tests.Interop;

/// <summary>
/// Files our writer produces, for every type and codec, read by DuckDB, arrow-rs (parquet-wasm) and
/// hyparquet: each must see the same rows, the expected type, the same null counts and the same values.
/// </summary>
public sealed class InteropWriteTests
{
    private const int Rows = 2500;

    [Fact]
    public void IndependentReaders_FilesWeWrite_SeeTheValuesTypesAndNullsWeWrote()
    {
        var columns = InteropTable.Build(Rows, seed: 20240611);
        var folder = NodeInterop.TempFolder("write");
        var variants = new (string Name, ParquetWriterOptions Options)[]
        {
            ("snappy", new ParquetWriterOptions { MaxRowGroupRows = 1000 }),
            ("gzip", new ParquetWriterOptions { Compression = ParquetCompression.Gzip, MaxRowGroupRows = 1000 }),
            ("uncompressed", new ParquetWriterOptions { Compression = ParquetCompression.Uncompressed, MaxRowGroupRows = 1000 }),
            ("plain-small-pages", new ParquetWriterOptions { EnableDictionary = false, PageSizeBytes = 512, MaxRowGroupRows = 700 }),
            ("dictionary-fallback", new ParquetWriterOptions { MaxDictionaryBytes = 256, PageSizeBytes = 2048 }),
        };
        var paths = variants.Select(v => Path.Combine(folder, v.Name + ".parquet")).ToArray();
        for (var i = 0; i < variants.Length; i++)
        {
            File.WriteAllBytes(paths[i], ParquetTestFiles.Write(columns, variants[i].Options, [777]));
        }

        // Zero rows (a footer and no row group) and one row are files too.
        var tiny = new Dictionary<string, TestColumn[]>(StringComparer.Ordinal)
        {
            ["zero-rows.parquet"] = columns.Select(c => c with { Data = ParquetTestFiles.Slice(c.Data, 0, 0) }).ToArray(),
            ["one-row.parquet"] = columns.Select(c => c with { Data = ParquetTestFiles.Slice(c.Data, 3, 1) }).ToArray(),
        };
        foreach (var (name, table) in tiny)
        {
            File.WriteAllBytes(Path.Combine(folder, name), ParquetTestFiles.Write(table));
        }

        using var output = NodeInterop.Run("read.mjs", [.. paths, .. tiny.Keys.Select(n => Path.Combine(folder, n))]);

        var problems = new List<string>();
        foreach (var file in output.RootElement.GetProperty("files").EnumerateArray())
        {
            var name = Path.GetFileName(file.GetProperty("file").GetString());
            foreach (var error in file.GetProperty("errors").EnumerateObject())
            {
                problems.Add($"{name}: {error.Name} failed: {error.Value.GetString()}");
            }

            var written = tiny.TryGetValue(name!, out var small) ? small : columns;
            foreach (var reader in file.GetProperty("results").EnumerateObject())
            {
                problems.AddRange(ReaderResults.Compare(reader.Name, reader.Value, written, f => ExpectedTypes.For(reader.Name, f)).Select(p => $"{name}: {p}"));
            }

            Assert.Equal(3, file.GetProperty("results").EnumerateObject().Count());
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(40)));
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>The type each reader must report for each column (its own spelling).</summary>
    private static class ExpectedTypes
    {
        public static string For(string reader, ParquetField field) => reader switch
        {
            "duckdb" => DuckDb(field),
            "arrow-rs" => Arrow(field),
            _ => Hyparquet(field),
        };

        private static string DuckDb(ParquetField f) => f.LogicalType switch
        {
            ParquetLogicalType.Integer => f.BitWidth switch { 8 => "TINYINT", 16 => "SMALLINT", 32 => "INTEGER", _ => "BIGINT" },
            ParquetLogicalType.String => "VARCHAR",
            ParquetLogicalType.Date => "DATE",
            ParquetLogicalType.Decimal => $"DECIMAL({f.Precision},{f.Scale})",
            ParquetLogicalType.Timestamp => f.IsAdjustedToUtc ? "TIMESTAMP WITH TIME ZONE" : f.TimeUnit == ParquetTimeUnit.Nanos ? "TIMESTAMP_NS" : "TIMESTAMP",
            _ => f.PhysicalType switch
            {
                ParquetPhysicalType.Boolean => "BOOLEAN",
                ParquetPhysicalType.Int32 => "INTEGER",
                ParquetPhysicalType.Int64 => "BIGINT",
                ParquetPhysicalType.Float => "FLOAT",
                ParquetPhysicalType.Double => "DOUBLE",
                _ => "BLOB",
            },
        };

        private static string Arrow(ParquetField f) => f.LogicalType switch
        {
            ParquetLogicalType.Integer => $"Int{f.BitWidth}",
            ParquetLogicalType.String => "Utf8",
            ParquetLogicalType.Date => "Date32<DAY>",
            ParquetLogicalType.Decimal => $"Decimal[{f.Precision}e+{f.Scale}]",
            ParquetLogicalType.Timestamp => $"Timestamp<{f.TimeUnit switch { ParquetTimeUnit.Millis => "MILLISECOND", ParquetTimeUnit.Micros => "MICROSECOND", _ => "NANOSECOND" }}{(f.IsAdjustedToUtc ? ", UTC" : "")}>",
            _ => f.PhysicalType switch
            {
                ParquetPhysicalType.Boolean => "Bool",
                ParquetPhysicalType.Int32 => "Int32",
                ParquetPhysicalType.Int64 => "Int64",
                ParquetPhysicalType.Float => "Float32",
                ParquetPhysicalType.Double => "Float64",
                ParquetPhysicalType.FixedLenByteArray => $"FixedSizeBinary[{f.TypeLength}]",
                _ => "Binary",
            },
        };

        private static string Hyparquet(ParquetField f)
        {
            var physical = f.PhysicalType switch
            {
                ParquetPhysicalType.FixedLenByteArray => "FIXED_LEN_BYTE_ARRAY",
                ParquetPhysicalType.ByteArray => "BYTE_ARRAY",
                _ => f.PhysicalType.ToString().ToUpperInvariant(),
            };
            var unit = f.TimeUnit switch { ParquetTimeUnit.Millis => "MILLIS", ParquetTimeUnit.Micros => "MICROS", _ => "NANOS" };
            var converted = f.TimeUnit == ParquetTimeUnit.Nanos ? "" : $" TIMESTAMP_{unit}";
            return f.LogicalType switch
            {
                ParquetLogicalType.Integer => $"{physical} INT_{f.BitWidth} {{\"type\":\"INTEGER\",\"bitWidth\":{f.BitWidth},\"isSigned\":true}}",
                ParquetLogicalType.String => $"{physical} UTF8 {{\"type\":\"STRING\"}}",
                ParquetLogicalType.Date => $"{physical} DATE {{\"type\":\"DATE\"}}",
                ParquetLogicalType.Decimal => $"{physical} DECIMAL {{\"type\":\"DECIMAL\",\"scale\":{f.Scale},\"precision\":{f.Precision}}}",
                ParquetLogicalType.Timestamp => $"{physical}{converted} {{\"type\":\"TIMESTAMP\",\"isAdjustedToUTC\":{(f.IsAdjustedToUtc ? "true" : "false")},\"unit\":\"{unit}\"}}",
                _ => physical,
            };
        }
    }
}
