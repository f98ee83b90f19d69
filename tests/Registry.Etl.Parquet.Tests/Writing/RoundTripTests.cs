using FsCheck;
using FsCheck.Fluent;
using Registry.Etl.Parquet.Schema;
using Registry.Etl.Parquet.Tests.Support;
using Registry.Etl.Parquet.Writing;

namespace Registry.Etl.Parquet.Tests.Writing;

/// <summary>
/// Whatever is written reads back identically: every type, nulls, empty and non-ASCII strings, boundary
/// values (int.MinValue, NaN payloads, infinities, -0.0, the largest decimals), zero, one and many rows,
/// many row groups and pages, dictionary and PLAIN fallback, every codec, any batch split.
/// </summary>
public sealed class RoundTripTests
{
    public static TheoryData<int> FieldTypes()
    {
        var data = new TheoryData<int>();
        for (var t = 0; t <= 13; t++)
        {
            data.Add(t);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FieldTypes))]
    public void WriteThenRead_AnyValuesOfOneType_ReadBackIdentically(int type)
    {
        var cases =
            from nullable in ParquetGenerators.Bools
            from field in ParquetGenerators.FieldOf(type, "value", nullable)
            from rows in Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Constant(1)), (6, Gen.Choose(2, 400)), (1, Gen.Choose(1000, 3000)))
            from column in ParquetGenerators.ColumnFor(field, rows)
            from options in ParquetGenerators.Options
            from batches in ParquetGenerators.BatchSizes
            select (column, options, batches);

        Prop.ForAll(cases.ToArbitrary(), c => AssertRoundTrip([c.column], c.options, c.batches))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void WriteThenRead_ManyColumnsOfMixedTypes_ReadBackIdentically()
    {
        var cases =
            from rows in Gen.Choose(0, 700)
            from fields in Gen.CollectToArray(Enumerable.Range(0, 6).Select(i => ParquetGenerators.AnyField($"c{i}")))
            from columns in Gen.CollectToArray(fields.Select(f => ParquetGenerators.ColumnFor(f, rows)))
            from options in ParquetGenerators.Options
            from batches in ParquetGenerators.BatchSizes
            select (columns, options, batches);

        Prop.ForAll(cases.ToArbitrary(), c => AssertRoundTrip(c.columns, c.options, c.batches))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void WriteThenRead_ZeroRows_GivesAnEmptyFileWithTheSchema()
    {
        var columns = new[] { Column.Of(ParquetField.String("s"), Array.Empty<string?>()), Column.Of(ParquetField.Int64("i", nullable: false), Array.Empty<long>()) };
        var bytes = ParquetTestFiles.Write(columns);

        using var reader = ParquetTestFiles.Open(bytes);
        Assert.Equal(0, reader.Metadata.RowCount);
        Assert.Empty(reader.Metadata.RowGroups);
        Assert.Equal(["s", "i"], reader.Schema.Fields.Select(f => f.Name));
        Assert.Equal(0, reader.ReadAll().RowCount);
    }

    [Fact]
    public void WriteThenRead_ManyRowGroups_EachHoldsItsRowsInOrder()
    {
        var values = Enumerable.Range(0, 10_000).Select(i => (long)i).ToArray();
        var bytes = ParquetTestFiles.Write([Column.Of(ParquetField.Int64("id", nullable: false), values)], new ParquetWriterOptions { MaxRowGroupRows = 999 }, [333, 4000]);

        using var reader = ParquetTestFiles.Open(bytes);
        Assert.Equal(11, reader.RowGroupCount);
        Assert.All(reader.Metadata.RowGroups.SkipLast(1), g => Assert.Equal(999, g.RowCount));
        var read = reader.ReadRowGroups().SelectMany(b => b.Get<long>("id").Values.ToArray()).ToArray();
        Assert.Equal(values, read);
    }

    [Fact]
    public void WriteThenRead_LargeTableWithByteTarget_SplitsIntoRowGroupsNearTheTarget()
    {
        var rows = 300_000;
        var values = Enumerable.Range(0, rows).Select(i => i * 7919L).ToArray();
        var options = new ParquetWriterOptions { RowGroupTargetBytes = 1 << 20, EnableDictionary = false };
        var bytes = ParquetTestFiles.Write([Column.Of(ParquetField.Int64("x", nullable: false), values)], options, [50_000]);

        using var reader = ParquetTestFiles.Open(bytes);
        // 8 bytes a value and a check every 65,536 rows: 1 MiB is reached after 2 checks (131,072 rows).
        Assert.Equal([131_072L, 131_072L, 37_856L], reader.Metadata.RowGroups.Select(g => g.RowCount));
        Assert.All(reader.Metadata.RowGroups.SkipLast(1), g => Assert.InRange(g.TotalByteSize, 1 << 20, 3 << 20));
        Assert.Equal(values, reader.ReadAll().Get<long>("x").Values.ToArray());
    }

    private static void AssertRoundTrip(IReadOnlyList<TestColumn> columns, ParquetWriterOptions options, int[] batches)
    {
        var bytes = ParquetTestFiles.Write(columns, options, batches);
        using var reader = ParquetTestFiles.Open(bytes);
        var rows = columns.Count == 0 ? 0 : columns[0].Length;
        Assert.Equal(rows, reader.Metadata.RowCount);
        Assert.Equal(rows == 0 ? 0 : (rows + options.MaxRowGroupRows - 1) / options.MaxRowGroupRows, reader.RowGroupCount);
        var batch = reader.ReadAll();
        for (var c = 0; c < columns.Count; c++)
        {
            Assert.Equal(columns[c].Field.ToString(), reader.Schema[c].ToString());
            var difference = ColumnAssert.Difference(columns[c].Data, batch[c], columns[c].Field.ToString());
            Assert.True(difference is null, difference);
        }
    }
}
