using System.Globalization;
using Registry.Etl.Core.Data;

namespace Registry.Etl.Indicators.Tests.Support;

/// <summary>Builds a dataset table from rows of column -> text (absent or null = null), typed by the schema.</summary>
internal static class TestTables
{
    public static Table FromRows(TableSchema schema, IReadOnlyList<IReadOnlyDictionary<string, string?>> rows)
    {
        foreach (var row in rows)
        {
            foreach (var key in row.Keys)
            {
                Assert.True(schema.Contains(key), $"Test row names unknown column '{key}'.");
            }
        }

        var builder = new TableBuilder(schema, Math.Max(rows.Count, 1));
        foreach (var row in rows)
        {
            var values = new object?[schema.Count];
            for (var c = 0; c < schema.Count; c++)
            {
                values[c] = row.TryGetValue(schema[c].Name, out var text) && text is not null ? Parse(schema[c].Kind, text) : null;
            }

            builder.AddRow(values);
        }

        return builder.Build();
    }

    private static object Parse(ColumnKind kind, string text) => kind switch
    {
        ColumnKind.Boolean => bool.Parse(text),
        ColumnKind.Int32 => int.Parse(text, CultureInfo.InvariantCulture),
        ColumnKind.Int64 => long.Parse(text, CultureInfo.InvariantCulture),
        ColumnKind.Double => double.Parse(text, CultureInfo.InvariantCulture),
        ColumnKind.Date => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        ColumnKind.String => text,
        _ => throw new InvalidOperationException($"No test parser for {kind}."),
    };
}
