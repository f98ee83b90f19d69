using Registry.Etl.Core.Data;
using Registry.Etl.Linkage.Model;
using Registry.Etl.Parquet.Writing;
using Registry.Etl.Pipeline.Stages.Ingest;
using Registry.Etl.Pipeline.Stages.Link;
using Registry.Etl.Pipeline.Tables;

namespace Registry.Etl.Pipeline.Tests.Stages;

/// <summary>
/// The right input of a link model read from an ingest file: with <c>right_rows: blocked</c> exactly the
/// rows that share a blocking key with some left table plus the fixed uniform u sample, with their file
/// row numbers; with <c>right_rows: all</c> every row. The source is larger than the u sample so that rows
/// are really dropped, and written in several row groups.
/// </summary>
public sealed class LinkInputsTests : IDisposable
{
    private const int Rows = 260_000;
    private const string Model = """
        name: big
        link_type: link
        unique_id: {left: id, right: rid}
        blocking:
          - [k]
          - {name: lower name & k2, keys: [{column: name, transform: lower}, k2]}
        comparisons:
          - column: n
            levels: [exact]
        pipeline:
          left: [a, b]
          right: big
          right_rows: blocked
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("link-inputs-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Right_Blocked_ReadsTheBlockedRowsAndTheUSampleWithFileRowNumbers()
    {
        var (source, table) = BigSource();
        var model = ModelParser.Parse(Model);
        var lefts = new[]
        {
            Left(("k1", null, null), ("k5", "Jan", "x")), // k or (lower(name), k2) of a
            Left((null, "PIET", "y"), ("k999999", null, null)), // b: only (piet, y); no right row has k999999
        };

        var (right, rows, sample) = LinkInputs.Right(source, model, ModelColumns.Of(model).Right, lefts);
        var again = LinkInputs.Right(source, model, ModelColumns.Of(model).Right, lefts);

        Assert.NotNull(rows);
        Assert.NotNull(sample);
        Assert.Equal(["k", "k2", "n", "name", "rid"], right.Schema.Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.Equal(rows.Length, right.RowCount);
        Assert.Equal(rows.Length, sample.Length);
        Assert.Equal(rows, again.Rows);
        Assert.Equal(sample, again.USample);

        var k = table.GetString("k");
        var k2 = table.GetString("k2");
        var name = table.GetString("name");
        bool Blocked(int i) => k[i] is "k1" or "k5" || (name[i]?.ToLowerInvariant(), k2[i]) is ("jan", "x") or ("piet", "y");
        var flagged = new HashSet<int>(rows.Where((_, i) => sample[i]));

        // kept = blocked or in the u sample; the u sample is about 200k of 260k rows (binomial sd ~ 215)
        for (var i = 0; i < Rows; i++)
        {
            var kept = Array.BinarySearch(rows, i) >= 0;
            Assert.True(kept == (Blocked(i) || flagged.Contains(i)), $"row {i}: kept {kept}, blocked {Blocked(i)}");
        }

        Assert.InRange(flagged.Count, LinkInputs.USampleRows - 2_000, LinkInputs.USampleRows + 2_000);
        Assert.Contains(Enumerable.Range(0, Rows), i => Blocked(i) && !flagged.Contains(i));
        Assert.True(rows.Length < Rows);
        Assert.Equal(rows.Order(), rows);
        var rid = right.GetString("rid");
        for (var i = 0; i < rows.Length; i++)
        {
            Assert.Equal($"r{rows[i]}", rid[i]);
        }
    }

    [Fact]
    public void Right_Blocked_WithKeyIndexes_GivesTheSameTableRowsAndSample()
    {
        var (plain, _) = BigSource();
        var source = new IngestedSource(plain.Source, plain.Path, plain.Schema, plain.RowCount) { ContentKey = "big-content" };
        var model = ModelParser.Parse(Model);
        Table[] lefts = [Left(("k1", null, null), ("k5", "Jan", "x")), Left((null, "PIET", "y"), ("k999999", null, null))];
        var made = new List<string>();
        var indexes = new KeyColumnIndexes(Path.Combine(_dir, "state"), made.Add);

        var expected = LinkInputs.Right(source, model, ModelColumns.Of(model).Right, lefts);
        var building = LinkInputs.Right(source, model, ModelColumns.Of(model).Right, lefts, indexes: indexes);
        var reusing = LinkInputs.Right(source, model, ModelColumns.Of(model).Right, lefts, indexes: indexes);

        Assert.Single(made); // k and k2 (compared as they are) made once; name is lower-cased, so read from the file
        Assert.Equal(["k.idx", "k2.idx"], Directory.GetFiles(Path.Combine(_dir, "state"), "*.idx", SearchOption.AllDirectories).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var (table, rows, sample) in new[] { building, reusing })
        {
            Assert.Equal(expected.Rows, rows);
            Assert.Equal(expected.USample, sample);
            Assert.Equal(expected.Table.Schema, table.Schema);
            for (var c = 0; c < table.Columns.Count; c++)
            {
                Assert.Equal(Enumerable.Range(0, table.RowCount).Select(expected.Table[c].GetValue), Enumerable.Range(0, table.RowCount).Select(table[c].GetValue));
            }
        }
    }

    [Fact]
    public void Right_All_ReadsEveryRowWithoutRowNumbers()
    {
        var (source, table) = BigSource();
        var model = ModelParser.Parse(Model.Replace("right_rows: blocked", "right_rows: all", StringComparison.Ordinal));

        var (right, rows, sample) = LinkInputs.Right(source, model, ModelColumns.Of(model).Right, [Left(("k1", null, null))]);

        Assert.Null(rows);
        Assert.Null(sample);
        Assert.Equal(Rows, right.RowCount);
        Assert.False(right.Schema.Contains("unused"));
        Assert.Equal(table.GetString("rid").Values.ToArray(), right.GetString("rid").Values.ToArray());
    }

    [Fact]
    public void Right_All_WithKeyIndexes_GivesTheSameTable_AloneAndShared()
    {
        var (plain, _) = BigSource();
        var source = new IngestedSource(plain.Source, plain.Path, plain.Schema, plain.RowCount) { ContentKey = "big-content" };
        var model = ModelParser.Parse(Model.Replace("right_rows: blocked", "right_rows: all", StringComparison.Ordinal));
        var columns = ModelColumns.Of(model).Right;
        Table[] lefts = [Left(("k1", null, null))];
        var indexes = new KeyColumnIndexes(Path.Combine(_dir, "state"));
        var shared = new SharedRightReads(indexes);
        shared.Expect("big", columns);

        var expected = LinkInputs.Right(source, model, columns, lefts).Table;
        var alone = LinkInputs.Right(source, model, columns, lefts, indexes: indexes).Table;
        var viaShared = LinkInputs.Right(source, model, columns, lefts, shared, indexes).Table;

        // every text column the model reads (rid, k, name, k2) has an index; n is read from the file
        Assert.Equal(["k.idx", "k2.idx", "name.idx", "rid.idx"], Directory.GetFiles(Path.Combine(_dir, "state"), "*.idx", SearchOption.AllDirectories).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var table in new[] { alone, viaShared })
        {
            Assert.Equal(expected.Schema, table.Schema);
            Assert.Equal(Rows, table.RowCount);
            for (var c = 0; c < table.Columns.Count; c++)
            {
                Assert.Equal(Enumerable.Range(0, Rows).Select(expected[c].GetValue), Enumerable.Range(0, Rows).Select(table[c].GetValue));
            }
        }
    }

    [Fact]
    public void Right_All_SharedByTwoModels_EachGetsItsColumnsOfEveryRow()
    {
        var (source, table) = BigSource();
        var first = ModelParser.Parse(Model.Replace("right_rows: blocked", "right_rows: all", StringComparison.Ordinal));
        var second = ModelParser.Parse(Model
            .Replace("right_rows: blocked", "right_rows: all", StringComparison.Ordinal)
            .Replace("- column: n", "- column: unused", StringComparison.Ordinal));
        var shared = new SharedRightReads();
        shared.Expect("big", ModelColumns.Of(first).Right);
        shared.Expect("big", ModelColumns.Of(second).Right);

        var a = LinkInputs.Right(source, first, ModelColumns.Of(first).Right, [Left(("k1", null, null))], shared).Table;
        var b = LinkInputs.Right(source, second, ModelColumns.Of(second).Right, [Left(("k1", null, null))], shared).Table;

        var alone = LinkInputs.Right(source, first, ModelColumns.Of(first).Right, [Left(("k1", null, null))]).Table;
        Assert.Equal(alone.Schema.Select(c => c.Name), a.Schema.Select(c => c.Name));
        Assert.True(b.Schema.Contains("unused"));
        Assert.False(b.Schema.Contains("n"));
        Assert.Equal(Rows, b.RowCount);
        Assert.Equal(table.Get<int>("unused").Values.ToArray(), b.Get<int>("unused").Values.ToArray());
        for (var c = 0; c < alone.Columns.Count; c++)
        {
            Assert.Equal(alone[c].Length, a[c].Length);
            Assert.All(Enumerable.Range(0, Rows).Where(i => i % 997 == 0), i => Assert.Equal(alone[c].GetValue(i), a[c].GetValue(i)));
        }
    }

    [Fact]
    public void IngestedSource_ReadsEveryColumnOrTheChosenOnes()
    {
        var (source, table) = BigSource();

        Assert.True(source.Has("k2"));
        Assert.False(source.Has("k3"));
        var all = source.ReadAll();
        Assert.Equal(table.Schema.Select(c => c.Name), all.Schema.Select(c => c.Name));
        Assert.Equal(table.Get<int>("unused").Values.ToArray(), all.Get<int>("unused").Values.ToArray());
        var two = source.Read(["n", "rid"]);
        Assert.Equal(["n", "rid"], two.Schema.Select(c => c.Name));
        Assert.Equal(table.Get<int>("n").Values.ToArray(), two.Get<int>("n").Values.ToArray());
    }

    private (IngestedSource Source, Table Table) BigSource()
    {
        var schema = new TableSchema(
        [
            new ColumnSchema("rid", ColumnKind.String), new ColumnSchema("k", ColumnKind.String), new ColumnSchema("name", ColumnKind.String),
            new ColumnSchema("k2", ColumnKind.String), new ColumnSchema("n", ColumnKind.Int32), new ColumnSchema("unused", ColumnKind.Int32),
        ]);
        string?[] names = ["Jan", "jan", "PIET", "Anna", null];
        var table = new Table(schema,
        [
            new StringColumn(schema[0], [.. Enumerable.Range(0, Rows).Select(i => $"r{i}")]),
            new StringColumn(schema[1], [.. Enumerable.Range(0, Rows).Select(i => i % 13 == 0 ? null : $"k{i % 1000}")]),
            new StringColumn(schema[2], [.. Enumerable.Range(0, Rows).Select(i => names[i % 5])]),
            new StringColumn(schema[3], [.. Enumerable.Range(0, Rows).Select(i => i % 701 == 0 ? "x" : i % 703 == 0 ? "y" : "z")]),
            new Column<int>(schema[4], [.. Enumerable.Range(0, Rows).Select(i => i % 7)]),
            new Column<int>(schema[5], [.. Enumerable.Range(0, Rows)]),
        ]);
        var path = Path.Combine(_dir, "big.parquet");
        TableParquet.Write(table, path, options: new ParquetWriterOptions { MaxRowGroupRows = 40_000 });
        return (new IngestedSource("big", path, schema, Rows), table);
    }

    private static Table Left(params (string? K, string? Name, string? K2)[] rows)
    {
        var builder = new TableBuilder(new TableSchema(
        [
            new("id", ColumnKind.String), new("k", ColumnKind.String), new("name", ColumnKind.String), new("k2", ColumnKind.String), new("n", ColumnKind.Int32),
        ]));
        for (var i = 0; i < rows.Length; i++)
        {
            builder.AddRow($"l{i}", rows[i].K, rows[i].Name, rows[i].K2, i);
        }

        return builder.Build();
    }
}
