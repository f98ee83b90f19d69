using System.Text.Json;
using Registry.Etl.Cli;
using Registry.Etl.Parquet;
using Registry.Etl.Parquet.Data;
using Registry.Etl.Parquet.Schema;
using Registry.Etl.Parquet.Writing;

namespace Registry.Etl.Cli.Tests.Commands.Parquet;

/// <summary>`registry-etl parquet inspect`: the report analysts read, its JSON form, and its errors.</summary>
public sealed class ParquetInspectCommandTests : IDisposable
{
    private static readonly string ApprovedFolder = Path.Combine(AppContext.BaseDirectory, "Commands", "Parquet", "Approved");
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"registry-etl-inspect-{Guid.NewGuid():N}");

    public ParquetInspectCommandTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task Inspect_File_PrintsTheApprovedReport()
    {
        var path = WriteSample("sample.parquet");

        var (exit, output, error) = await RunAsync("parquet", "inspect", path);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var approved = await File.ReadAllTextAsync(Path.Combine(ApprovedFolder, "inspect-sample.txt"));
        if (approved.ReplaceLineEndings() != output.ReplaceLineEndings())
        {
            // Review the received report; if it is right, copy it over the approved file in the source tree.
            await File.WriteAllTextAsync(Path.Combine(ApprovedFolder, "inspect-sample.received.txt"), output);
        }

        Assert.Equal(approved.ReplaceLineEndings(), output.ReplaceLineEndings());
    }

    [Fact]
    public async Task Inspect_Json_DescribesSchemaRowGroupsAndExactStatistics()
    {
        var path = WriteSample("sample.parquet");

        var (exit, output, _) = await RunAsync("parquet", "inspect", path, "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(4, root.GetProperty("rows").GetInt64());
        Assert.Equal("DECIMAL(18,2)", root.GetProperty("columns")[2].GetProperty("type").GetString());
        Assert.Equal("run", root.GetProperty("key_value_metadata")[0].GetProperty("key").GetString());
        var id = root.GetProperty("row_groups")[0].GetProperty("columns")[0];
        Assert.Equal("SNAPPY", id.GetProperty("codec").GetString());
        Assert.Equal("-9223372036854775808", id.GetProperty("statistics").GetProperty("min").GetString());
        Assert.Equal("9223372036854775807", id.GetProperty("statistics").GetProperty("max").GetString());
        var when = root.GetProperty("row_groups")[0].GetProperty("columns")[3].GetProperty("statistics");
        Assert.Equal("1969-12-31T23:59:59.999999Z", when.GetProperty("min").GetString());
        Assert.Equal(1, when.GetProperty("null_count").GetInt64());
    }

    [Fact]
    public async Task Inspect_TruncatedFile_ExitsOneWithWhatAndWhere()
    {
        var bytes = await File.ReadAllBytesAsync(WriteSample("sample.parquet"));
        var path = Path.Combine(_folder, "truncated.parquet");
        await File.WriteAllBytesAsync(path, bytes[..(bytes.Length - 20)]);

        var (exit, output, error) = await RunAsync("parquet", "inspect", path);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.StartsWith("error: Not a Parquet file: wrong magic number at the end", error, StringComparison.Ordinal);
        Assert.Contains("truncated.parquet", error, StringComparison.Ordinal);
        Assert.Contains($"byte offset {bytes.Length - 24}", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_MissingFile_ExitsTwo()
    {
        var (exit, _, error) = await RunAsync("parquet", "inspect", Path.Combine(_folder, "nope.parquet"));

        Assert.Equal(2, exit);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApplication.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private string WriteSample(string name)
    {
        var path = Path.Combine(_folder, name);
        var schema = new ParquetSchema(
            ParquetField.Int64("id", nullable: false),
            ParquetField.String("name"),
            ParquetField.Decimal("amount", 18, 2),
            ParquetField.Timestamp("seen", ParquetTimeUnit.Micros, isAdjustedToUtc: true),
            ParquetField.Date("born"));
        var options = new ParquetWriterOptions { CreatedBy = "sample-writer version 1.0 (build test)", KeyValueMetadata = [new("run", "2024-06-01")] };
        using var writer = ParquetFileWriter.CreateFile(path, schema, options);
        writer.WriteBatch(4,
        [
            ParquetColumnData.Int64(new[] { long.MinValue, 0L, 42L, long.MaxValue }),
            ParquetColumnData.String(new[] { "Zoë", null, "line\nbreak", "" }),
            ParquetColumnData.Decimal(new[] { 1.5m, -2m, 0m, 99999.99m }),
            ParquetColumnData.Int64(new[] { -1L, 1_717_200_000_000_000L, 0L, 0L }, new[] { true, true, true, false }),
            ParquetColumnData.Int32(new[] { -719_162, 0, 19_875, 2_932_896 }),
        ]);
        writer.Complete();
        return path;
    }
}
