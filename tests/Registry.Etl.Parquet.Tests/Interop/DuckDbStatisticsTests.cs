using Registry.Etl.Parquet.Schema;
using Registry.Etl.Parquet.Tests.Support;
using Registry.Etl.Parquet.Writing;

namespace Registry.Etl.Parquet.Tests.Interop;

/// <summary>
/// DuckDB honours our statistics: it sees the min/max/null counts we wrote, and a query whose filter
/// excludes all but one row group skips the others. The proof: the data pages of the other row groups
/// are overwritten with garbage in a copy of the file, and the filtered query still answers correctly
/// while an unfiltered one fails.
/// </summary>
public sealed class DuckDbStatisticsTests
{
    [Fact]
    public void DuckDb_FilterOutsideOtherRowGroups_SkipsThemUsingOurStatistics()
    {
        const int rowsPerGroup = 10_000;
        var ids = Enumerable.Range(0, 4 * rowsPerGroup).Select(i => (long)i).ToArray();
        var notes = Enumerable.Range(0, ids.Length).Select(i => i % 10 == 0 ? null : "note " + i).ToArray();
        var bytes = ParquetTestFiles.Write(
            [Column.Of(ParquetField.Int64("id", nullable: false), ids), Column.Of(ParquetField.String("note"), notes)],
            new ParquetWriterOptions { MaxRowGroupRows = rowsPerGroup });
        var damaged = (byte[])bytes.Clone();
        using (var reader = ParquetTestFiles.Open(bytes))
        {
            foreach (var group in reader.Metadata.RowGroups.Where(g => g.Index != 2))
            {
                foreach (var chunk in group.Columns)
                {
                    damaged.AsSpan((int)chunk.StartOffset, (int)chunk.CompressedSize).Fill(0xEE);
                }
            }
        }

        var folder = NodeInterop.TempFolder("pruning");
        var file = Path.Combine(folder, "sorted.parquet");
        var damagedFile = Path.Combine(folder, "damaged.parquet");
        File.WriteAllBytes(file, bytes);
        File.WriteAllBytes(damagedFile, damaged);

        using var output = NodeInterop.Run("duckdb-pruning.mjs", file, damagedFile, "id", "25000", "25009");
        var root = output.RootElement;

        var stats = root.GetProperty("stats").EnumerateArray().ToList();
        Assert.Equal(4, stats.Count);
        for (var g = 0; g < 4; g++)
        {
            Assert.Equal((g * rowsPerGroup).ToString(System.Globalization.CultureInfo.InvariantCulture), stats[g].GetProperty("stats_min_value").GetString());
            Assert.Equal(((g * rowsPerGroup) + rowsPerGroup - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), stats[g].GetProperty("stats_max_value").GetString());
            Assert.Equal("0", stats[g].GetProperty("stats_null_count").ToString());
        }

        var filtered = root.GetProperty("filtered");
        Assert.Equal(10, filtered.GetProperty("count").GetInt32());
        Assert.Equal("250045", filtered.GetProperty("sum").GetString());

        var onDamaged = root.GetProperty("damaged");
        Assert.True(onDamaged.GetProperty("filtered").GetProperty("ok").GetBoolean(), onDamaged.GetProperty("filtered").ToString());
        Assert.Equal(10, onDamaged.GetProperty("filtered").GetProperty("count").GetInt32());
        Assert.Equal("250045", onDamaged.GetProperty("filtered").GetProperty("sum").GetString());
        Assert.False(onDamaged.GetProperty("unfiltered").GetProperty("ok").GetBoolean(), "control: reading every row group of the damaged copy must fail");
        Directory.Delete(folder, recursive: true);
    }
}
