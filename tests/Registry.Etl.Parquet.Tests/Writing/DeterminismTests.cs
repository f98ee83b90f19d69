using FsCheck;
using FsCheck.Fluent;
using Registry.Etl.Parquet.Schema;
using Registry.Etl.Parquet.Tests.Support;
using Registry.Etl.Parquet.Writing;

namespace Registry.Etl.Parquet.Tests.Writing;

/// <summary>The same rows give the same bytes: run after run, with any batch split, with or without parallelism.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Write_SameRowsCutIntoDifferentBatches_GivesIdenticalBytes()
    {
        var cases =
            from rows in Gen.Choose(0, 5000)
            from fields in Gen.CollectToArray(Enumerable.Range(0, 4).Select(i => ParquetGenerators.AnyField($"c{i}")))
            from columns in Gen.CollectToArray(fields.Select(f => ParquetGenerators.ColumnFor(f, rows)))
            from options in ParquetGenerators.Options
            from first in ParquetGenerators.BatchSizes
            from second in ParquetGenerators.BatchSizes
            select (columns, options, first, second);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var a = ParquetTestFiles.Write(c.columns, c.options, c.first);
            var b = ParquetTestFiles.Write(c.columns, c.options with { MaxDegreeOfParallelism = 3 - c.options.MaxDegreeOfParallelism }, c.second);
            Assert.Equal(a, b);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Write_Twice_GivesIdenticalBytes()
    {
        var rows = 200_000;
        var ids = Enumerable.Range(0, rows).Select(i => (long)i * 31).ToArray();
        var names = Enumerable.Range(0, rows).Select(i => i % 9 == 0 ? null : "naam_" + (i % 977)).ToArray();
        var amounts = Enumerable.Range(0, rows).Select(i => i / 100m).ToArray();
        TestColumn[] columns =
        [
            Column.Of(ParquetField.Int64("id", nullable: false), ids),
            Column.Of(ParquetField.String("name"), names),
            Column.Of(ParquetField.Decimal("amount", 18, 2), amounts),
        ];
        var options = new ParquetWriterOptions { KeyValueMetadata = [new("run", "42")], RowGroupTargetBytes = 512 * 1024 };

        Assert.Equal(ParquetTestFiles.Write(columns, options, [65_536]), ParquetTestFiles.Write(columns, options, [65_536]));
    }
}
