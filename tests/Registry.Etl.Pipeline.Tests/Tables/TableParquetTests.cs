using Registry.Etl.Core.Data;
using Registry.Etl.Parquet.Reading;
using Registry.Etl.Pipeline.Tables;

namespace Registry.Etl.Pipeline.Tests.Tables;

public sealed class TableParquetTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("table-parquet-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void RoundTrip_KeepsEveryKindValueAndNull()
    {
        var table = SampleTable(rows: 70_000); // more than one writer slice
        var path = Path.Combine(_dir, "t.parquet");

        TableParquet.Write(table, path);
        var back = TableParquet.Read(path);

        Assert.Equal(table.RowCount, back.RowCount);
        Assert.Equal(table.Schema.Select(c => (c.Name, c.Kind, c.Nullable)), back.Schema.Select(c => (c.Name, c.Kind, c.Nullable)));
        for (var c = 0; c < table.Columns.Count; c++)
        {
            for (var r = 0; r < table.RowCount; r++)
            {
                Assert.Equal(table[c].GetValue(r), back[c].GetValue(r));
            }
        }
    }

    [Fact]
    public void Write_IsByteIdentical_AndMetadataIsOrderedByKey()
    {
        var table = SampleTable(rows: 1_000);
        var a = Path.Combine(_dir, "a.parquet");
        var b = Path.Combine(_dir, "b.parquet");

        TableParquet.Write(table, a, [new("run_id", "r1"), new("as_of", "2026-01-01")]);
        TableParquet.Write(table, b, [new("as_of", "2026-01-01"), new("run_id", "r1")]);

        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
        using var reader = ParquetFileReader.Open(a);
        var keys = reader.Metadata.KeyValueMetadata.Select(kv => kv.Key).ToArray();
        Assert.Equal(["as_of", "run_id"], keys);
    }

    [Fact]
    public void RoundTrip_ZeroRows()
    {
        var table = SampleTable(rows: 0);
        var path = Path.Combine(_dir, "empty.parquet");

        Assert.Equal(0, TableParquet.Write(table, path));
        var back = TableParquet.Read(path);

        Assert.Equal(0, back.RowCount);
        Assert.Equal(table.Schema.Count, back.Schema.Count);
    }

    private static Table SampleTable(int rows)
    {
        var schema = new TableSchema(
        [
            new ColumnSchema("flag", ColumnKind.Boolean),
            new ColumnSchema("count", ColumnKind.Int32, Nullable: false),
            new ColumnSchema("big", ColumnKind.Int64),
            new ColumnSchema("ratio", ColumnKind.Double),
            new ColumnSchema("amount", ColumnKind.Decimal) { Precision = 12, Scale = 3 },
            new ColumnSchema("name", ColumnKind.String),
            new ColumnSchema("day", ColumnKind.Date),
            new ColumnSchema("at", ColumnKind.Timestamp),
        ]);
        var valid = Enumerable.Range(0, rows).Select(i => i % 7 != 3).ToArray();
        Column[] columns =
        [
            new Column<bool>(schema[0], Enumerable.Range(0, rows).Select(i => i % 2 == 0).ToArray(), valid),
            new Column<int>(schema[1], Enumerable.Range(0, rows).Select(i => i - 5_000).ToArray()),
            new Column<long>(schema[2], Enumerable.Range(0, rows).Select(i => long.MaxValue - i).ToArray(), valid),
            new Column<double>(schema[3], Enumerable.Range(0, rows).Select(i => i / 3.0).ToArray(), valid),
            new Column<decimal>(schema[4], Enumerable.Range(0, rows).Select(i => i * 1.125m).ToArray(), valid),
            new StringColumn(schema[5], Enumerable.Range(0, rows).Select(i => i % 5 == 0 ? null : i % 5 == 1 ? string.Empty : $"ziekenhuis-é-{i % 97}").ToArray()),
            new Column<int>(schema[6], Enumerable.Range(0, rows).Select(i => 18_000 + (i % 4_000)).ToArray(), valid),
            new Column<long>(schema[7], Enumerable.Range(0, rows).Select(i => 1_700_000_000_000_000L + i).ToArray(), valid),
        ];
        return new Table(schema, columns);
    }
}
