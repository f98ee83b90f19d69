using System.Globalization;
using CsvHelper;
using Registry.Etl.Core.Data;

namespace Registry.Etl.Pipeline.Linkage;

/// <summary>
/// Interim writer of the linkage outputs as RFC 4180 CSV (invariant culture, round-trip doubles, LF line
/// ends) until the project's Parquet writer is on main; the table shapes are the Parquet schemas.
/// </summary>
public sealed class CsvTableFileWriter : ITableFileWriter
{
    public string Extension => ".csv";

    public void Write(Table table, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var writer = CsvWriter.Create(destination, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true);
        writer.WriteHeader([.. table.Schema.Select(c => c.Name)]);
        var fields = new string?[table.Columns.Count];
        for (var row = 0; row < table.RowCount; row++)
        {
            for (var c = 0; c < fields.Length; c++)
            {
                fields[c] = Format(table[c], row);
            }

            writer.WriteRecord(fields!);
        }
    }

    private static string? Format(Column column, int row)
    {
        if (column.IsNull(row))
        {
            return null;
        }

        return column switch
        {
            StringColumn s => s[row],
            Column<double> d => d[row].ToString("R", CultureInfo.InvariantCulture),
            Column<bool> b => b[row] ? "true" : "false",
            Column<int> i when column.Kind == ColumnKind.Date => ColumnStorage.FromDays(i[row]).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => Convert.ToString(column.GetValue(row), CultureInfo.InvariantCulture),
        };
    }
}
