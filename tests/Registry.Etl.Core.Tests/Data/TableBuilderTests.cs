using Registry.Etl.Core.Data;

namespace Registry.Etl.Core.Tests.Data;

public sealed class TableBuilderTests
{
    private static readonly TableSchema Schema = new(
    [
        new ColumnSchema("id", ColumnKind.Int64, Nullable: false),
        new ColumnSchema("name", ColumnKind.String),
        new ColumnSchema("born", ColumnKind.Date),
        new ColumnSchema("amount", ColumnKind.Decimal) { Precision = 9, Scale = 2 },
    ]);

    [Fact]
    public void AddRow_WithNulls_KeepsValuesAndNullsPerColumn()
    {
        var builder = new TableBuilder(Schema, capacity: 1);
        builder.AddRow(1L, "Zoë", new DateOnly(1950, 3, 1), 12.5m);
        builder.AddRow(2L, null, null, null);
        builder.AddRow(3L, string.Empty, new DateOnly(1970, 1, 1), -1m);

        var table = builder.Build();

        Assert.Equal(3, table.RowCount);
        Assert.Equal([1L, 2L, 3L], table.Get<long>("id").Values.ToArray());
        Assert.Equal("Zoë", table.GetString("name")[0]);
        Assert.True(table.GetString("name").IsNull(1));
        Assert.Equal(string.Empty, table.GetString("name")[2]);
        Assert.Equal(new DateOnly(1950, 3, 1), ColumnStorage.FromDays(table.Get<int>("born")[0]));
        Assert.Equal(0, table.Get<int>("born")[2]);
        Assert.Equal(1, table["born"].NullCount);
        Assert.Null(table.Get<decimal>("amount").Get(1));
        Assert.Equal(0, table["id"].NullCount);
    }

    [Fact]
    public void Constructor_ColumnOfWrongLength_Throws()
    {
        var a = new Column<long>(Schema[0], [1, 2]);
        var b = new StringColumn(Schema[1], ["x"]);
        var c = new Column<int>(Schema[2], [1, 2]);
        var d = new Column<decimal>(Schema[3], [1m, 2m]);

        Assert.Throws<ArgumentException>(() => new Table(Schema, [a, b, c, d]));
    }

    [Fact]
    public void Column_OfWrongStorageType_Throws() =>
        Assert.Throws<ArgumentException>(() => new Column<long>(Schema[2], [1L]));

    [Fact]
    public void Timestamps_RoundTripThroughMicroseconds()
    {
        var t = new DateTime(2024, 2, 29, 13, 45, 7, 123, DateTimeKind.Utc).AddTicks(4560);
        Assert.Equal(t, ColumnStorage.FromMicros(ColumnStorage.ToMicros(t)));
        Assert.Equal(0, ColumnStorage.ToMicros(DateTime.UnixEpoch));
    }
}
