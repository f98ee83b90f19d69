using FsCheck;
using FsCheck.Fluent;
using Registry.Etl.Parquet.Format;
using Registry.Etl.Parquet.Reading;
using Registry.Etl.Parquet.Schema;
using Registry.Etl.Parquet.Tests.Support;
using Registry.Etl.Parquet.Writing;

namespace Registry.Etl.Parquet.Tests.Reading;

/// <summary>
/// A row group read with its columns decoded in parallel is the row group read one column at a time: the same
/// values for every column type, encoding and row-group layout, and the same error for a damaged column.
/// </summary>
public sealed class ParallelReadTests
{
    [Fact]
    public void ReadRowGroup_InParallel_SameValuesAsOneColumnAtATime()
    {
        var cases =
            from rows in Gen.Choose(0, 3000)
            from count in Gen.Choose(1, 7)
            from fields in Gen.CollectToArray(Enumerable.Range(0, count).Select(i => ParquetGenerators.AnyField($"c{i}")))
            from columns in Gen.CollectToArray(fields.Select(f => ParquetGenerators.ColumnFor(f, rows)))
            from options in ParquetGenerators.Options
            from threads in Gen.Elements(2, 3, 8)
            select (columns, options, threads);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var bytes = ParquetTestFiles.Write(c.columns, c.options with { RowGroupTargetBytes = 8 * 1024 });
            using var sequential = ParquetTestFiles.Open(bytes);
            using var parallel = ParquetTestFiles.Open(bytes);
            for (var g = 0; g < sequential.RowGroupCount; g++)
            {
                var expected = sequential.ReadRowGroup(g);
                var actual = parallel.ReadRowGroup(g, c.threads);
                Assert.Equal(expected.RowCount, actual.RowCount);
                for (var col = 0; col < c.columns.Length; col++)
                {
                    Assert.Null(ColumnAssert.Difference(expected[col], actual[col], c.columns[col].Field.Name));
                }
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ReadRowGroup_ManyColumnsOnManyThreads_EveryColumnReadFromItsOwnBytes()
    {
        // one stream serves every column: reads that raced on its position would decode another column's bytes.
        // The test host keeps the pool's threads busy; without spare ones every column would be read on this thread.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 16), io);
        var rows = 20_000;
        var columns = Enumerable.Range(0, 16)
            .Select(c => Column.Of(ParquetField.String($"c{c}"), Enumerable.Range(0, rows).Select(i => $"{c}:{i * (c + 1)}").ToArray()))
            .ToArray();
        var bytes = ParquetTestFiles.Write(columns, new ParquetWriterOptions { EnableDictionary = false });
        using var sequential = ParquetTestFiles.Open(bytes);
        var expected = sequential.ReadRowGroup(0);
        using var parallel = new ParquetFileReader(new SlowStream(bytes), sourceName: "slow.parquet");
        for (var round = 0; round < 5; round++)
        {
            var actual = parallel.ReadRowGroup(0, 8);
            for (var c = 0; c < columns.Length; c++)
            {
                Assert.Null(ColumnAssert.Difference(expected[c], actual[c], $"c{c}"));
            }
        }
    }

    /// <summary>Pauses before each read, so that a seek by another thread would land between this read's seek and its bytes.</summary>
    private sealed class SlowStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public override int Read(Span<byte> buffer)
        {
            Thread.Sleep(1);
            return base.Read(buffer);
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Thread.Sleep(1);
            return base.Read(buffer, offset, count);
        }
    }

    [Fact]
    public void ReadRowGroup_InParallel_DamagedColumnThrowsTheSameErrorAsOneColumnAtATime()
    {
        var rows = 5000;
        TestColumn[] columns =
        [
            Column.Of(ParquetField.Int64("id", nullable: false), Enumerable.Range(0, rows).Select(i => (long)i).ToArray()),
            Column.Of(ParquetField.String("name"), Enumerable.Range(0, rows).Select(i => "naam_" + (i % 97)).ToArray()),
            Column.Of(ParquetField.String("place"), Enumerable.Range(0, rows).Select(i => i % 5 == 0 ? null : "plaats_" + i).ToArray()),
            Column.Of(ParquetField.Int64("amount", nullable: true), Enumerable.Range(0, rows).Select(i => (long)i * 3).ToArray()),
        ];
        var bytes = RawParquetFile.EditFooter(ParquetTestFiles.Write(columns), m =>
        {
            m.RowGroups[0].Columns[1].MetaData!.Codec = (int)ParquetCompression.Zstd;
            m.RowGroups[0].Columns[2].MetaData!.Codec = (int)ParquetCompression.Zstd;
        });

        using var reader = ParquetTestFiles.Open(bytes);
        var one = Assert.Throws<ParquetNotSupportedException>(() => reader.ReadRowGroup(0));
        var parallel = Assert.Throws<ParquetNotSupportedException>(() => reader.ReadRowGroup(0, 4));

        Assert.Equal("name", one.Column);
        Assert.Equal(one.Column, parallel.Column);
        Assert.Equal(one.Message, parallel.Message);
    }
}
