using Registry.Etl.Core.Data;
using Registry.Etl.Linkage.Data;
using Registry.Etl.Linkage.Model;
using Registry.Etl.Linkage.Output;

namespace Registry.Etl.Linkage.Tests.Data;

/// <summary>
/// Columns that carry their values' numbers (<see cref="StringColumn.ValueIds"/>, as the pipeline's key indexes give
/// them) are encoded from those numbers: the ids, values and counts must be exactly those of hashing every row.
/// </summary>
public sealed class ValueIdEncodingTests
{
    [Fact]
    public void Of_ColumnWithValueIds_SameIdsValuesAndCountsAsHashingEachRow()
    {
        // numbers not in order of first occurrence, an empty string (counts as null), nulls, a number never used
        string?[] values = ["b", "a", null, "b", "", "c", "a", "", null, "c", "b"];
        int[] numbers = [5, 2, -1, 5, 0, 3, 2, 0, -1, 3, 5];
        var schema = new ColumnSchema("x", ColumnKind.String);
        var plain = ColumnEncoding.Of(new StringColumn(schema, values));
        var numbered = ColumnEncoding.Of(new StringColumn(schema, values, numbers, 6));
        Assert.Equal(plain.Ids, numbered.Ids);
        Assert.Equal(plain.Values, numbered.Values);
        Assert.Equal(plain.Counts, numbered.Counts);
        Assert.Equal([0, 1, -1, 0, -1, 2, 1, -1, -1, 2, 0], numbered.Ids);
    }

    [Fact]
    public void Of_DatesIntegersAndBooleans_SameIdsValuesAndCountsAsHashingEachRowsText()
    {
        bool[] validity = [true, true, false, true, true, true, false, true];
        Column[] columns =
        [
            new Column<int>(new ColumnSchema("d", ColumnKind.Date), [19000, 18000, 0, 19000, -25567, 18000, 5, 2932896], validity),
            new Column<int>(new ColumnSchema("i", ColumnKind.Int32), [3, -3, 0, 3, int.MinValue, 0, 9, int.MaxValue], validity),
            new Column<long>(new ColumnSchema("l", ColumnKind.Int64), [1L << 40, 7, 0, 1L << 40, long.MinValue, 7, 1, 0], validity),
            new Column<bool>(new ColumnSchema("b", ColumnKind.Boolean), [true, false, false, true, true, false, true, false], validity),
        ];
        foreach (var column in columns)
        {
            Assert.True(ColumnEncoding.EncodesByValue(column));
            var encoding = ColumnEncoding.Of(column);

            // the reference: each row's text, numbered by first occurrence
            var texts = Enumerable.Range(0, column.Length).Select(row => InputData.Text(column, row)).ToArray();
            var distinct = texts.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            Assert.Equal(distinct, encoding.Values);
            Assert.Equal(texts.Select(t => t is null ? -1 : distinct.IndexOf(t)), encoding.Ids);
            Assert.Equal(distinct.Select(v => texts.Count(t => t == v)), encoding.Counts);
        }

        Assert.False(ColumnEncoding.EncodesByValue(new Column<decimal>(new ColumnSchema("m", ColumnKind.Decimal), [1.0m, 1.00m])));
    }

    [Fact]
    public void Strings_LeftAndRightWithValueIds_SameAsWithout()
    {
        var (left, right, _, _) = LinkerTests.People(500, seed: 31);
        var numberedLeft = Numbered(left);
        var numberedRight = Numbered(right);
        foreach (var cache in new[] { null, new RightInputCache() })
        {
            var plain = new InputData(left, right, LinkType.Link);
            var numbered = new InputData(numberedLeft, numberedRight, LinkType.Link, cache);
            foreach (var column in new[] { "key", "surname", "dob", "sex" })
            {
                RightInputCacheTests.AssertSameEncoding(plain.Strings(ColumnRef.Same(column)), numbered.Strings(ColumnRef.Same(column)));
            }
        }
    }

    [Fact]
    public void Run_RightWithValueIds_SameTablesAsWithout()
    {
        var model = ModelParser.Parse(LinkerTests.LinkModel);
        var (left, right, _, _) = LinkerTests.People(700, seed: 32);
        var numbered = Numbered(right);
        var plain = LinkageTables.Build(Linker.Run(model, left, right, new LinkageOptions { MaxDegreeOfParallelism = 2 }), left, right);
        var fromIds = LinkageTables.Build(Linker.Run(model, left, numbered, new LinkageOptions { MaxDegreeOfParallelism = 2, RightCache = new RightInputCache() }), left, numbered);
        Assert.True(plain["pairs"].RowCount > 0);
        foreach (var name in LinkageTables.Names)
        {
            RightInputCacheTests.AssertSameTable(name, plain[name], fromIds[name]);
        }
    }

    /// <summary>The table with each string column numbered by its values in descending order (not first occurrence).</summary>
    private static Table Numbered(Table table) =>
        new(table.Schema, [.. table.Columns.Select(column =>
        {
            if (column is not StringColumn s)
            {
                return column;
            }

            var distinct = s.Values.ToArray().OfType<string>().Distinct(StringComparer.Ordinal).OrderDescending(StringComparer.Ordinal).ToList();
            var number = distinct.Select((v, i) => (v, i)).ToDictionary(p => p.v, p => p.i, StringComparer.Ordinal);
            var ids = s.Values.ToArray().Select(v => v is null ? -1 : number[v]).ToArray();
            return new StringColumn(s.Schema, s.Values.ToArray(), ids, distinct.Count);
        })]);
}
