using Registry.Etl.Core.Data;
using Registry.Etl.Linkage.Model;

namespace Registry.Etl.Pipeline.Stages.Link;

/// <summary>
/// The input tables of one model run: the standardised ingest tables, with the model's per-source column
/// aliases applied (<c>pipeline.columns</c>: a model column read from another column of that source, or
/// missing altogether). Nothing is copied except the aliased columns.
/// </summary>
internal static class LinkInputs
{
    public static Table Standardised(StageArtifacts artifacts, string source, string model)
    {
        if (!artifacts.TryGet<Table>($"ingest/{source}", out var table))
        {
            Core.Throw.Configuration($"Linkage model '{model}' reads source '{source}', but ingest produced no table for it (is '{source}' a source of this pipeline?).");
        }

        return table;
    }

    public static Table WithAliases(Table table, IReadOnlyDictionary<string, string?>? aliases)
    {
        if (aliases is null || aliases.Count == 0)
        {
            return table;
        }

        var schemas = new List<ColumnSchema>();
        var columns = new List<Column>();
        for (var i = 0; i < table.Columns.Count; i++)
        {
            if (!aliases.ContainsKey(table.Schema[i].Name))
            {
                schemas.Add(table.Schema[i]);
                columns.Add(table[i]);
            }
        }

        foreach (var (name, from) in aliases)
        {
            var column = from is null ? new StringColumn(new ColumnSchema(name, ColumnKind.String), new string?[table.RowCount]) : Renamed(table[from], name);
            schemas.Add(column.Schema);
            columns.Add(column);
        }

        return new Table(new TableSchema(schemas), columns);
    }

    private static Column Renamed(Column column, string name)
    {
        var schema = column.Schema with { Name = name };
        return column switch
        {
            StringColumn s => new StringColumn(schema, s.Values.ToArray()),
            Column<int> c => new Column<int>(schema, c.Values.ToArray(), Validity(c.Validity)),
            Column<long> c => new Column<long>(schema, c.Values.ToArray(), Validity(c.Validity)),
            Column<double> c => new Column<double>(schema, c.Values.ToArray(), Validity(c.Validity)),
            Column<bool> c => new Column<bool>(schema, c.Values.ToArray(), Validity(c.Validity)),
            Column<decimal> c => new Column<decimal>(schema, c.Values.ToArray(), Validity(c.Validity)),
            _ => Core.Throw.InvalidOperation<Column>($"Column '{column.Name}' has an unsupported storage type."),
        };
    }

    private static bool[]? Validity(ReadOnlySpan<bool> validity) => validity.IsEmpty ? null : validity.ToArray();
}
