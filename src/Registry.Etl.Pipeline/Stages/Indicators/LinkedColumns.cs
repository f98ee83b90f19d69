using Registry.Etl.Core.Data;
using Registry.Etl.Indicators.Datasets;

namespace Registry.Etl.Pipeline.Stages.Indicators;

/// <summary>Adds the linked columns of the analysis datasets, all null, to a table that lacks them (no linkage in the run).</summary>
internal static class LinkedColumns
{
    public static Table AddMissing(Table table)
    {
        var schema = new List<ColumnSchema>(table.Schema);
        var columns = new List<Column>(table.Columns);
        foreach (var linked in DatasetSchemas.LinkedColumns)
        {
            if (table.Schema.Contains(linked.Name))
            {
                continue;
            }

            schema.Add(linked);
            var valid = new bool[table.RowCount];
            columns.Add(linked.Kind switch
            {
                ColumnKind.Boolean => new Column<bool>(linked, new bool[table.RowCount], valid),
                ColumnKind.Int32 or ColumnKind.Date => new Column<int>(linked, new int[table.RowCount], valid),
                _ => throw new InvalidOperationException($"No null column for kind {linked.Kind}."),
            });
        }

        return columns.Count == table.Columns.Count ? table : new Table(new TableSchema(schema), columns);
    }
}
