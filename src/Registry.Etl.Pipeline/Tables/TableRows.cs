using Registry.Etl.Core.Data;

namespace Registry.Etl.Pipeline.Tables;

/// <summary>Row selection and concatenation of tables with one schema (column storage copied once).</summary>
public static class TableRows
{
    /// <summary>The rows <paramref name="rows"/> of <paramref name="table"/>, in that order.</summary>
    public static Table Pick(Table table, IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        return new Table(table.Schema, [.. table.Columns.Select(c => Pick(c, rows))]);
    }

    /// <summary>The tables' rows one after another (one table is returned as it is).</summary>
    public static Table Concat(TableSchema schema, IReadOnlyList<Table> tables)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(tables);
        if (tables.Count == 1)
        {
            return tables[0];
        }

        var columns = new Column[schema.Count];
        for (var c = 0; c < columns.Length; c++)
        {
            var parts = tables.Select(t => t[c]).ToArray();
            columns[c] = schema[c].Kind switch
            {
                ColumnKind.String => new StringColumn(schema[c], [.. parts.SelectMany(p => ((StringColumn)p).Values.ToArray())]),
                ColumnKind.Boolean => Concat<bool>(schema[c], parts),
                ColumnKind.Int32 or ColumnKind.Date => Concat<int>(schema[c], parts),
                ColumnKind.Int64 or ColumnKind.Timestamp => Concat<long>(schema[c], parts),
                ColumnKind.Double => Concat<double>(schema[c], parts),
                ColumnKind.Decimal => Concat<decimal>(schema[c], parts),
                _ => Core.Throw.InvalidOperation<Column>($"Column '{schema[c].Name}' has unknown kind {schema[c].Kind}."),
            };
        }

        return new Table(schema, columns);
    }

    private static Column<T> Concat<T>(ColumnSchema schema, Column[] parts)
        where T : unmanaged
    {
        var total = parts.Sum(p => p.Length);
        var values = new T[total];
        bool[]? valid = parts.Any(p => p.NullCount > 0) ? new bool[total] : null;
        var at = 0;
        foreach (var part in parts.Cast<Column<T>>())
        {
            part.Values.CopyTo(values.AsSpan(at));
            if (valid is not null)
            {
                for (var i = 0; i < part.Length; i++)
                {
                    valid[at + i] = !part.IsNull(i);
                }
            }

            at += part.Length;
        }

        return new Column<T>(schema, values, valid);
    }

    private static Column Pick(Column column, IReadOnlyList<int> rows)
    {
        switch (column)
        {
            case StringColumn s:
                var strings = new string?[rows.Count];
                for (var i = 0; i < strings.Length; i++)
                {
                    strings[i] = s[rows[i]];
                }

                return new StringColumn(s.Schema, strings);
            case Column<bool> b: return Pick(b, rows);
            case Column<int> n: return Pick(n, rows);
            case Column<long> l: return Pick(l, rows);
            case Column<double> d: return Pick(d, rows);
            case Column<decimal> m: return Pick(m, rows);
            default: return Core.Throw.InvalidOperation<Column>($"Column '{column.Name}' has an unsupported storage type.");
        }
    }

    private static Column<T> Pick<T>(Column<T> column, IReadOnlyList<int> rows)
        where T : unmanaged
    {
        var values = new T[rows.Count];
        bool[]? valid = column.NullCount > 0 ? new bool[rows.Count] : null;
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = column[rows[i]];
            if (valid is not null)
            {
                valid[i] = !column.IsNull(rows[i]);
            }
        }

        return new Column<T>(column.Schema, values, valid);
    }
}
