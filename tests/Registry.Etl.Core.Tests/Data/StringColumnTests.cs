using Registry.Etl.Core.Data;

namespace Registry.Etl.Core.Tests.Data;

public sealed class StringColumnTests
{
    private static readonly ColumnSchema Schema = new("code", ColumnKind.String);

    [Fact]
    public void Constructor_WithValueIds_KeepsThem()
    {
        var column = new StringColumn(Schema, ["a", null, "a"], [0, -1, 0], 1);
        Assert.Equal([0, -1, 0], column.ValueIds!);
        Assert.Equal(1, column.ValueIdCount);
        Assert.Equal(1, column.NullCount);
    }

    [Fact]
    public void Constructor_WithoutValueIds_HasNone()
    {
        var column = new StringColumn(Schema, ["a"]);
        Assert.Null(column.ValueIds);
        Assert.Equal(0, column.ValueIdCount);
    }

    [Fact]
    public void Constructor_ValueIdsOfAnotherLength_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new StringColumn(Schema, ["a", "b"], [0], 2));
        Assert.Contains("1 value ids for 2 rows", e.Message, StringComparison.Ordinal);
    }
}
