using Registry.Etl.Core.Data;
using Registry.Etl.Core.Errors;
using Registry.Etl.Parquet.Reading;
using Registry.Etl.Parquet.Writing;
using Registry.Etl.Pipeline.Tables;

namespace Registry.Etl.Pipeline.Tests.Tables;

/// <summary>
/// Reading chosen columns (and rows) of a file row group by row group: the files here are written with small
/// row groups so that every test crosses row-group boundaries.
/// </summary>
public sealed class ParquetTableReaderTests : IDisposable
{
    private const int Rows = 1_000;
    private const int GroupRows = 128;
    private readonly string _dir = Directory.CreateTempSubdirectory("table-reader-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Read_ChosenColumns_InTheGivenOrderWithEveryValueAndNull()
    {
        var table = SampleTable(Rows);
        var path = Write(table);
        string[] chosen = ["name", "at", "flag", "amount", "id", "day", "ratio", "big"];

        var back = ParquetTableReader.Read(path, chosen);

        Assert.Equal(chosen, back.Schema.Select(c => c.Name));
        Assert.Equal(Rows, back.RowCount);
        foreach (var name in chosen)
        {
            var expected = table[table.Schema.IndexOf(name)];
            var actual = back[back.Schema.IndexOf(name)];
            Assert.Equal((expected.Kind, expected.Schema.Nullable), (actual.Kind, actual.Schema.Nullable));
            for (var r = 0; r < Rows; r++)
            {
                Assert.Equal(expected.IsNull(r), actual.IsNull(r));
                Assert.Equal(expected.GetValue(r), actual.GetValue(r));
            }
        }

        var amount = back.Schema[back.Schema.IndexOf("amount")];
        Assert.Equal((12, 3), (amount.Precision, amount.Scale));
    }

    [Fact]
    public void Read_Filter_KeepsExactlyTheChosenRowsWithTheirFileRowNumbers()
    {
        var table = SampleTable(Rows);
        var path = Write(table);
        var firsts = new System.Collections.Concurrent.ConcurrentBag<int>(); // row groups are read on several threads
        var ids = table.Get<int>("id");

        // keep rows by a value of the row group (not by position), and check that `first` is the file row of row 0
        var (kept, rows) = ParquetTableReader.Read(path, ["id", "name", "flag"], (chunk, first) =>
        {
            firsts.Add(first);
            var id = chunk.Get<int>("id");
            Assert.Equal(ids[first], id[0]);
            return [.. Enumerable.Range(0, chunk.RowCount).Select(r => Chosen(id[r]))];
        });

        var expected = Enumerable.Range(0, Rows).Where(r => Chosen(ids[r])).ToArray();
        Assert.Equal(expected, rows);
        Assert.Equal(Enumerable.Range(0, (Rows + GroupRows - 1) / GroupRows).Select(g => g * GroupRows), firsts.Order());
        Assert.Equal(expected.Length, kept.RowCount);
        string[] columns = ["id", "name", "flag"];
        for (var i = 0; i < expected.Length; i++)
        {
            foreach (var name in columns)
            {
                Assert.Equal(table[table.Schema.IndexOf(name)].GetValue(expected[i]), kept[kept.Schema.IndexOf(name)].GetValue(i));
                Assert.Equal(table[table.Schema.IndexOf(name)].IsNull(expected[i]), kept[kept.Schema.IndexOf(name)].IsNull(i));
            }
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Read_Chooser_GivesWhatTheTableFilterGives(bool dictionary)
    {
        // the chooser decides from the file itself (a string column read as ids, no strings); the chosen rows'
        // strings are then made from PLAIN or dictionary pages, with nulls, across row groups
        var table = SampleTable(Rows);
        var path = Path.Combine(_dir, $"choose-{dictionary}.parquet");
        TableParquet.Write(table, path, options: new ParquetWriterOptions { MaxRowGroupRows = GroupRows, EnableDictionary = dictionary });
        var names = table.GetString("name");
        bool ChosenName(string? name) => name is { Length: > 0 } && (name.EndsWith('3') || name.EndsWith("-1", StringComparison.Ordinal));
        string[] columns = ["name", "id", "ratio", "at"];

        var (byTable, tableRows) = ParquetTableReader.Read(path, columns, (chunk, _) =>
            [.. Enumerable.Range(0, chunk.RowCount).Select(r => ChosenName(chunk.GetString("name")[r]))]);
        var seen = new System.Collections.Concurrent.ConcurrentBag<string>();
        var (byIds, idRows) = ParquetTableReader.Read(path, columns, (reader, group, first) =>
        {
            var ids = reader.ReadStringIds(group, reader.Schema.IndexOf("name"), utf8 =>
            {
                var text = System.Text.Encoding.UTF8.GetString(utf8);
                seen.Add(text);
                return ChosenName(text) ? 1 : 0;
            });
            Assert.Equal(names[first] is null ? -1 : ChosenName(names[first]) ? 1 : 0, ids[0]);
            return [.. ids.Select(id => id == 1)];
        });

        var expected = Enumerable.Range(0, Rows).Where(r => ChosenName(names[r])).ToArray();
        Assert.Equal(expected, tableRows);
        Assert.Equal(expected, idRows);
        foreach (var name in columns)
        {
            var a = byTable[byTable.Schema.IndexOf(name)];
            var b = byIds[byIds.Schema.IndexOf(name)];
            for (var i = 0; i < expected.Length; i++)
            {
                Assert.Equal(a.IsNull(i), b.IsNull(i));
                Assert.Equal(a.GetValue(i), b.GetValue(i));
            }
        }

        // a dictionary page's values are handed over once per entry, a PLAIN page's once per row
        var nonNull = names.Values.ToArray().Count(n => n is not null);
        Assert.True(dictionary ? seen.Count < nonNull : seen.Count == nonNull, $"{seen.Count} values handed over, {nonNull} non-null rows");
    }

    [Fact]
    public void ReadColumn_WantedRows_MakesStringsForThoseRowsOnly()
    {
        var table = SampleTable(Rows);
        var path = Path.Combine(_dir, "wanted.parquet");
        TableParquet.Write(table, path, options: new ParquetWriterOptions { MaxRowGroupRows = Rows, EnableDictionary = false });
        var names = table.GetString("name");
        var wanted = Enumerable.Range(0, Rows).Select(r => r % 4 == 1).ToArray();
        using var reader = ParquetFileReader.Open(path);

        var column = (Registry.Etl.Parquet.Data.ParquetColumnData<string?>)reader.ReadColumn(0, reader.Schema.IndexOf("name"), wanted);

        for (var r = 0; r < Rows; r++)
        {
            Assert.Equal(wanted[r] ? names[r] : null, column[r]); // a row not wanted has no string
            if (wanted[r])
            {
                Assert.Equal(names[r] is null, column.IsNull(r));
            }
        }

        Assert.Throws<ArgumentException>(() => reader.ReadColumn(0, 0, new bool[Rows - 1]));
        Assert.Throws<ArgumentException>(() => reader.ReadStringIds(0, reader.Schema.IndexOf("id"), _ => 0));
    }

    [Fact]
    public void Read_FilterKeepingNothingOrEverything_GivesNoRowsOrAllRows()
    {
        var path = Write(SampleTable(Rows));

        var (none, noRows) = ParquetTableReader.Read(path, ["id"], (chunk, _) => new bool[chunk.RowCount]);
        var (all, allRows) = ParquetTableReader.Read(path, ["id"], (chunk, _) => [.. Enumerable.Repeat(true, chunk.RowCount)]);

        Assert.Equal(0, none.RowCount);
        Assert.Empty(noRows);
        Assert.Equal(Enumerable.Range(0, Rows), allRows);
        Assert.Equal(Enumerable.Range(0, Rows), all.Get<int>("id").Values.ToArray());
    }

    [Fact]
    public void Read_RepeatedStrings_AreOneInstancePerValueAcrossRowGroups()
    {
        var schema = new TableSchema([new ColumnSchema("hospital", ColumnKind.String), new ColumnSchema("n", ColumnKind.Int32)]);
        var values = Enumerable.Range(0, Rows).Select(i => i % 11 == 0 ? null : $"0610{i % 13:D4}").ToArray();
        var table = new Table(schema, [new StringColumn(schema[0], values), new Column<int>(schema[1], [.. Enumerable.Range(0, Rows)])]);
        var path = Write(table);

        var hospital = ParquetTableReader.Read(path, ["hospital"]).GetString("hospital");

        Assert.Equal(values, hospital.Values.ToArray());
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var r = 0; r < Rows; r++)
        {
            if (hospital[r] is { } v)
            {
                Assert.Same(first.TryAdd(v, v) ? v : first[v], v);
            }
        }

        Assert.Equal(values.Where(v => v is not null).Distinct().Count(), first.Count);
    }

    [Fact]
    public void Read_MostlyDistinctAndRepeatedStrings_KeepEveryValue()
    {
        // row groups above the size where pooling of a mostly-distinct column stops, plus a repeated column
        const int rows = 12_000;
        var schema = new TableSchema([new ColumnSchema("key", ColumnKind.String), new ColumnSchema("pc4", ColumnKind.String)]);
        var keys = Enumerable.Range(0, rows).Select(i => i % 97 == 0 ? null : $"k{i}").ToArray();
        var pc4 = Enumerable.Range(0, rows).Select(i => $"{1000 + (i % 50)}").ToArray();
        var path = Write(new Table(schema, [new StringColumn(schema[0], keys), new StringColumn(schema[1], pc4)]), groupRows: 3_000);

        var back = ParquetTableReader.Read(path, ["pc4", "key"]);

        Assert.Equal(keys, back.GetString("key").Values.ToArray());
        Assert.Equal(pc4, back.GetString("pc4").Values.ToArray());
        var read = back.GetString("pc4");
        Assert.All(Enumerable.Range(0, rows), r => Assert.Same(read[r % 50], read[r]));
    }

    [Fact]
    public void Read_RepeatedStringsInPlainPages_AreStillPooledAcrossRowGroups()
    {
        // a writer whose dictionary is off (or has fallen back to PLAIN past its size limit) hands every row its
        // own instance: a column of ten values is still not mostly distinct and must stay pooled
        const int rows = 9_000;
        var schema = new TableSchema([new ColumnSchema("dob_key", ColumnKind.String)]);
        var values = Enumerable.Range(0, rows).Select(i => $"key-{i % 10}").ToArray();
        var path = Path.Combine(_dir, "plain.parquet");
        TableParquet.Write(new Table(schema, [new StringColumn(schema[0], values)]), path, options: new ParquetWriterOptions { MaxRowGroupRows = 3_000, EnableDictionary = false });

        var read = ParquetTableReader.Read(path, ["dob_key"]).GetString("dob_key");

        Assert.Equal(values, read.Values.ToArray());
        Assert.All(Enumerable.Range(0, rows), r => Assert.Same(read[r % 10], read[r]));
    }

    [Fact]
    public void Read_MissingColumn_FailsNamingIt()
    {
        var path = Write(SampleTable(10));

        var e = Assert.Throws<ConfigurationException>(() => ParquetTableReader.Read(path, ["id", "postcode"]));

        Assert.Contains("'postcode'", e.Message, StringComparison.Ordinal);
        Assert.Contains(Path.GetFileName(path), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyFile_GivesTheSchemaAndNoRows()
    {
        var path = Write(SampleTable(0));

        var (table, rows) = ParquetTableReader.Read(path, ["name", "id"], (chunk, _) => new bool[chunk.RowCount]);

        Assert.Equal(["name", "id"], table.Schema.Select(c => c.Name));
        Assert.Equal(0, table.RowCount);
        Assert.Empty(rows);
    }

    [Fact]
    public void Pick_RowsInAnyOrderWithRepeats_KeepsValuesAndNulls()
    {
        var table = SampleTable(50);
        int[] rows = [49, 3, 3, 0, 17, 10, 24, 3];

        var picked = TableRows.Pick(table, rows);

        Assert.Equal(table.Schema.Select(c => c.Name), picked.Schema.Select(c => c.Name));
        Assert.Equal(rows.Length, picked.RowCount);
        for (var c = 0; c < table.Columns.Count; c++)
        {
            for (var i = 0; i < rows.Length; i++)
            {
                Assert.Equal(table[c].IsNull(rows[i]), picked[c].IsNull(i));
                Assert.Equal(table[c].GetValue(rows[i]), picked[c].GetValue(i));
            }
        }
    }

    [Fact]
    public void Concat_TablesWithAndWithoutNulls_KeepsEveryValueAndNull()
    {
        var table = SampleTable(60);

        // parts: nulls in some, none in others (rows 0..2 hold no null of any kind), and an empty part
        int[][] parts = [[0, 1, 2], [3, 4, 5, 6, 7], [], [8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18], [1, 2]];
        var concatenated = TableRows.Concat(table.Schema, [.. parts.Select(p => TableRows.Pick(table, p))]);

        var all = parts.SelectMany(p => p).ToArray();
        Assert.Equal(all.Length, concatenated.RowCount);
        for (var c = 0; c < table.Columns.Count; c++)
        {
            for (var i = 0; i < all.Length; i++)
            {
                Assert.Equal(table[c].IsNull(all[i]), concatenated[c].IsNull(i));
                Assert.Equal(table[c].GetValue(all[i]), concatenated[c].GetValue(i));
            }
        }
    }

    [Fact]
    public void Concat_NoTables_IsEmptyWithTheSchema()
    {
        var schema = SampleTable(0).Schema;

        var empty = TableRows.Concat(schema, []);

        Assert.Equal(0, empty.RowCount);
        Assert.Equal(schema.Count, empty.Columns.Count);
    }

    private static bool Chosen(int id) => id % 7 == 0 || id % 10 == 3 || (id >= 250 && id < 260);

    private string Write(Table table, int groupRows = GroupRows)
    {
        var path = Path.Combine(_dir, $"t{Guid.NewGuid():N}.parquet");
        TableParquet.Write(table, path, options: new ParquetWriterOptions { MaxRowGroupRows = groupRows });
        using var reader = ParquetFileReader.Open(path);
        Assert.Equal((table.RowCount + groupRows - 1) / groupRows, reader.RowGroupCount);
        return path;
    }

    /// <summary>Every column kind; nulls of each nullable kind at different rows (none in rows 0..2); id = row number.</summary>
    private static Table SampleTable(int rows)
    {
        var schema = new TableSchema(
        [
            new ColumnSchema("id", ColumnKind.Int32, Nullable: false),
            new ColumnSchema("flag", ColumnKind.Boolean),
            new ColumnSchema("big", ColumnKind.Int64),
            new ColumnSchema("ratio", ColumnKind.Double),
            new ColumnSchema("amount", ColumnKind.Decimal) { Precision = 12, Scale = 3 },
            new ColumnSchema("name", ColumnKind.String),
            new ColumnSchema("day", ColumnKind.Date),
            new ColumnSchema("at", ColumnKind.Timestamp),
        ]);
        bool[] Valid(int every, int at) => [.. Enumerable.Range(0, rows).Select(i => i < 3 || i % every != at)];
        Column[] columns =
        [
            new Column<int>(schema[0], [.. Enumerable.Range(0, rows)]),
            new Column<bool>(schema[1], [.. Enumerable.Range(0, rows).Select(i => i % 3 == 0)], Valid(5, 4)),
            new Column<long>(schema[2], [.. Enumerable.Range(0, rows).Select(i => long.MaxValue - i)], Valid(6, 5)),
            new Column<double>(schema[3], [.. Enumerable.Range(0, rows).Select(i => i / 3.0)], Valid(7, 6)),
            new Column<decimal>(schema[4], [.. Enumerable.Range(0, rows).Select(i => i * 1.125m)], Valid(8, 7)),
            new StringColumn(schema[5], [.. Enumerable.Range(0, rows).Select(i => i >= 3 && i % 9 == 8 ? null : i % 9 == 1 ? string.Empty : $"ziekenhuis-é-{i % 37}")]),
            new Column<int>(schema[6], [.. Enumerable.Range(0, rows).Select(i => 18_000 + (i % 4_000))], Valid(10, 9)),
            new Column<long>(schema[7], [.. Enumerable.Range(0, rows).Select(i => 1_700_000_000_000_000L + i)], Valid(11, 10)),
        ];
        return new Table(schema, columns);
    }
}
