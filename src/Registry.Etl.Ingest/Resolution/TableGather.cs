using Registry.Etl.Core;
using Registry.Etl.Core.Data;

namespace Registry.Etl.Ingest.Resolution;

/// <summary>Builds a table from chosen rows of several tables of the same column layout (matched by position and kind).</summary>
public static class TableGather
{
    public static Table Gather(TableSchema schema, IReadOnlyList<Table> tables, IReadOnlyList<(int Table, int Row)> rows)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var t in tables)
        {
            if (t.Schema.Count != schema.Count)
            {
                Throw.Argument($"A table of {t.Schema.Count} columns cannot be gathered into {schema.Count}.", nameof(tables));
            }
        }

        var columns = new Column[schema.Count];
        for (var c = 0; c < schema.Count; c++)
        {
            columns[c] = schema[c].Kind switch
            {
                ColumnKind.Boolean => Fixed<bool>(schema[c], tables, rows, c),
                ColumnKind.Int32 or ColumnKind.Date => Fixed<int>(schema[c], tables, rows, c),
                ColumnKind.Int64 or ColumnKind.Timestamp => Fixed<long>(schema[c], tables, rows, c),
                ColumnKind.Double => Fixed<double>(schema[c], tables, rows, c),
                ColumnKind.Decimal => Fixed<decimal>(schema[c], tables, rows, c),
                _ => Strings(schema[c], tables, rows, c),
            };
        }

        return new Table(schema, columns);
    }

    /// <summary>All rows of <paramref name="tables"/>, one after the other.</summary>
    public static Table Concat(TableSchema schema, IReadOnlyList<Table> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var rows = new List<(int, int)>();
        for (var t = 0; t < tables.Count; t++)
        {
            for (var r = 0; r < tables[t].RowCount; r++)
            {
                rows.Add((t, r));
            }
        }

        return Gather(schema, tables, rows);
    }

    private static Column<T> Fixed<T>(ColumnSchema schema, IReadOnlyList<Table> tables, IReadOnlyList<(int Table, int Row)> rows, int c)
        where T : unmanaged
    {
        var sources = tables.Select(t => t[c] as Column<T> ?? Throw.InvalidOperation<Column<T>>($"Column {c} ('{schema.Name}') does not store {typeof(T).Name}.")).ToArray();
        var values = new T[rows.Count];
        bool[]? valid = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var (t, r) = rows[i];
            var source = sources[t];
            if (source.IsNull(r))
            {
                valid ??= CreateValid(rows.Count, i);
                valid[i] = false;
            }
            else
            {
                values[i] = source[r];
                if (valid is not null)
                {
                    valid[i] = true;
                }
            }
        }

        return new Column<T>(schema, values, valid);
    }

    private static StringColumn Strings(ColumnSchema schema, IReadOnlyList<Table> tables, IReadOnlyList<(int Table, int Row)> rows, int c)
    {
        var sources = tables.Select(t => t[c] as StringColumn ?? Throw.InvalidOperation<StringColumn>($"Column {c} ('{schema.Name}') is not a string column.")).ToArray();
        var values = new string?[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var (t, r) = rows[i];
            values[i] = sources[t][r];
        }

        return new StringColumn(schema, values);
    }

    private static bool[] CreateValid(int length, int upTo)
    {
        var valid = new bool[length];
        Array.Fill(valid, true, 0, upTo);
        return valid;
    }
}
