using Registry.Etl.Core.Data;
using Registry.Etl.Ingest.Standardising;

namespace Registry.Etl.Ingest.Tests.Standardising;

/// <summary>
/// The keeping sink's chunks against the rows committed, around the sizes where its arrays grow (they start at
/// 1,024 rows and double up to the chunk capacity) and where chunks fill: every value and null in order, every
/// chunk but the last exactly the capacity, nulls appearing before and after a growth.
/// </summary>
public sealed class RowSinkTests
{
    private static readonly TableSchema Schema = new([
        new ColumnSchema("n", ColumnKind.Int32, Nullable: true),
        new ColumnSchema("x", ColumnKind.Double, Nullable: true),
        new ColumnSchema("b", ColumnKind.Boolean, Nullable: true),
        new ColumnSchema("s", ColumnKind.String, Nullable: true),
        new ColumnSchema("d", ColumnKind.Date, Nullable: true),
    ]);

    [Theory]
    [InlineData(3, 10, false)]
    [InlineData(1_500, 0, true)]
    [InlineData(1_500, 1_024, false)]
    [InlineData(1_500, 1_025, true)]
    [InlineData(5_000, 4_999, false)]
    [InlineData(5_000, 5_000, true)]
    [InlineData(5_000, 12_345, false)]
    [InlineData(65_536, 70_000, true)]
    public void Commit_RowsAcrossGrowthAndChunks_ChunksHoldEveryValueInOrder(int capacity, int rows, bool streaming)
    {
        var random = new Random(capacity + rows);
        var pool = new PendingRowPool();
        var streamed = new List<Table>();
        var sink = new RowSink(Schema, capacity, pool, streaming ? streamed.Add : null);
        var worker = new RowSink(Schema, 1, pool);

        // a column's first null comes late (after some growths) in one column, early in another
        var expected = new List<object?[]>();
        for (var r = 0; r < rows; r++)
        {
            var row = new object?[5];
            if (r % 7 != 3 || r < 2_000)
            {
                row[0] = random.Next();
                worker.Int(0, (int)row[0]!);
            }

            if (random.Next(3) > 0)
            {
                row[1] = random.NextDouble();
                worker.Double(1, (double)row[1]!);
            }

            if (r != 5)
            {
                row[2] = random.Next(2) == 0;
                worker.Bool(2, (bool)row[2]!);
            }

            if (random.Next(4) > 0)
            {
                row[3] = $"v{random.Next(100)}";
                worker.String(3, (string)row[3]!);
            }

            row[4] = r;
            worker.Int(4, r);
            sink.Commit(worker.Take());
            expected.Add(row);
        }

        var chunks = streaming ? [.. streamed, .. sink.Build()] : sink.Build().ToList();
        Assert.Equal(rows, chunks.Sum(c => c.RowCount));
        Assert.All(chunks.SkipLast(1), c => Assert.Equal(capacity, c.RowCount));
        Assert.All(chunks, c => Assert.InRange(c.RowCount, 1, capacity));
        var at = 0;
        foreach (var chunk in chunks)
        {
            for (var r = 0; r < chunk.RowCount; r++, at++)
            {
                for (var c = 0; c < 5; c++)
                {
                    Assert.Equal(expected[at][c], chunk[c].GetValue(r));
                }
            }
        }
    }
}
