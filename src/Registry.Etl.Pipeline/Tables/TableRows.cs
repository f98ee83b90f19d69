using Registry.Etl.Core.Data;
using Registry.Etl.Ingest.Resolution;

namespace Registry.Etl.Pipeline.Tables;

/// <summary>
/// Row selection (ingest's <see cref="TableGather"/>) and concatenation by whole-array copies (the chunks of a
/// Parquet read, millions of rows) of tables with one schema.
/// </summary>
public static class TableRows
{
    /// <summary>The rows <paramref name="rows"/> of <paramref name="table"/>, in that order.</summary>
    public static Table Pick(Table table, IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        return TableGather.Gather(table.Schema, [table], [.. rows.Select(r => (0, r))]);
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
}
