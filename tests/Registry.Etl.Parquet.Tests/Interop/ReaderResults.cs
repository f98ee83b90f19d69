using System.Globalization;
using System.Text.Json;
using Registry.Etl.Parquet.Schema;
using Registry.Etl.Parquet.Tests.Support;

namespace Registry.Etl.Parquet.Tests.Interop;

/// <summary>Compares what an independent reader returned (read.mjs JSON) with the columns the test wrote.</summary>
internal static class ReaderResults
{
    /// <summary>The differences between a reader's result and the written columns; empty when they agree.</summary>
    public static List<string> Compare(string reader, JsonElement result, IReadOnlyList<TestColumn> written, Func<ParquetField, string> expectedType)
    {
        var problems = new List<string>();
        var rows = written[0].Length;
        if (result.GetProperty("rows").GetInt64() != rows)
        {
            problems.Add($"{reader}: {result.GetProperty("rows")} rows, expected {rows}");
        }

        var columns = result.GetProperty("columns").EnumerateArray().ToList();
        if (columns.Count != written.Count)
        {
            problems.Add($"{reader}: {columns.Count} columns, expected {written.Count}");
            return problems;
        }

        for (var c = 0; c < written.Count; c++)
        {
            var field = written[c].Field;
            var column = columns[c];
            var where = $"{reader} column '{field.Name}'";
            if (column.GetProperty("name").GetString() != field.Name)
            {
                problems.Add($"{where}: named '{column.GetProperty("name").GetString()}'");
                continue;
            }

            var type = column.GetProperty("type").GetString();
            if (type != expectedType(field))
            {
                problems.Add($"{where}: type '{type}', expected '{expectedType(field)}'");
            }

            var expectedNulls = Enumerable.Range(0, rows).Count(written[c].Data.IsNull);
            if (column.GetProperty("nulls").GetInt32() != expectedNulls)
            {
                problems.Add($"{where}: {column.GetProperty("nulls").GetInt32()} nulls, expected {expectedNulls}");
            }

            var values = column.GetProperty("values").EnumerateArray().ToList();
            for (var i = 0; i < rows && i < values.Count; i++)
            {
                var actual = values[i].ValueKind == JsonValueKind.Null ? null : values[i].GetString();
                var expected = Canonical.Of(field, written[c].Data, i);
                if (!Same(expected, actual, written[c], i))
                {
                    problems.Add($"{where} row {i}: {actual ?? "null"}, expected {expected ?? "null"}");
                    break;
                }
            }
        }

        return problems;
    }

    /// <summary>Exact equality, except hyparquet's decimals ("~" + a JS number), which must be within a few ulps.</summary>
    private static bool Same(string? expected, string? actual, TestColumn column, int row)
    {
        if (actual is not null && actual.StartsWith('~') && expected is not null)
        {
            var value = double.Parse(actual.AsSpan(1), NumberStyles.Float, CultureInfo.InvariantCulture);
            var exact = (double)(decimal)column.Data.GetValue(row)!;
            return Math.Abs(value - exact) <= Math.Abs(exact) * 1e-15;
        }

        return expected == actual;
    }
}
