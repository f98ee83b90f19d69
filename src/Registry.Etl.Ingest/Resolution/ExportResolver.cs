using Registry.Etl.Core.Data;
using Registry.Etl.Ingest.Contracts;

namespace Registry.Etl.Ingest.Resolution;

/// <summary>
/// Resolves the standardised rows of all export files of a source into one row per source key:
/// <b>latest export wins</b>; files with the same export date are ordered by file name (ordinal), and
/// within one file the last row wins. The resolved rows keep the order in which their winners were read
/// (files by export date and name, rows by line), so the same files give the same table.
/// </summary>
public static class ExportResolver
{
    /// <param name="files">Per file: its name, export date and standardised rows (one or more tables), in any order.</param>
    public static (Table Table, ResolutionCounts Counts) Resolve(TableSchema schema, IReadOnlyList<(string File, DateOnly ExportDate, IReadOnlyList<Table> Rows)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return ResolveAndRelease(schema, [.. files]);
    }

    /// <summary>
    /// As <see cref="Resolve"/>, taking ownership of the chunks: <paramref name="files"/> is emptied, and each
    /// chunk is dropped as soon as its winning rows are copied, so (when the caller holds no other reference)
    /// the chunks and the resolved table are never both resident at full size.
    /// </summary>
    public static (Table Table, ResolutionCounts Counts) ResolveAndRelease(TableSchema schema, List<(string File, DateOnly ExportDate, IReadOnlyList<Table> Rows)> files)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(files);
        var (tables, fileOf) = Order(files);
        files.Clear();

        // sized once for every row: growing by doubling would briefly hold two bucket arrays beside all the chunks
        var winners = new Dictionary<string, (int Table, int Row)>(tables.Sum(t => t!.RowCount), StringComparer.Ordinal);
        long rowsIn = 0, byLater = 0, withinFile = 0;
        for (var t = 0; t < tables.Length; t++)
        {
            var keys = tables[t]!.GetString(StandardisedSchema.SourceKey);
            for (var r = 0; r < keys.Length; r++)
            {
                rowsIn++;
                var key = keys[r]!;
                if (winners.TryGetValue(key, out var previous))
                {
                    if (fileOf[previous.Table] == fileOf[t])
                    {
                        withinFile++;
                    }
                    else
                    {
                        byLater++;
                    }
                }

                winners[key] = (t, r);
            }
        }

        var rows = winners.Values.ToArray();
        Array.Sort(rows, (a, b) => a.Table != b.Table ? a.Table.CompareTo(b.Table) : a.Row.CompareTo(b.Row));
        var table = ChunkGather.Gather(schema, tables, rows);
        return (table, new ResolutionCounts(rowsIn, rows.Length, byLater, withinFile));
    }

    /// <summary>The chunks of all files in resolution order (files by export date, then name), and the file of each.</summary>
    private static (Table?[] Tables, int[] FileOf) Order(List<(string File, DateOnly ExportDate, IReadOnlyList<Table> Rows)> files)
    {
        var ordered = files
            .OrderBy(f => f.ExportDate)
            .ThenBy(f => f.File, StringComparer.Ordinal)
            .ToArray();
        var tables = ordered.SelectMany(f => f.Rows).ToArray<Table?>();
        var fileOf = new int[tables.Length];
        for (int f = 0, t = 0; f < ordered.Length; f++)
        {
            foreach (var _ in ordered[f].Rows)
            {
                fileOf[t++] = f;
            }
        }

        return (tables, fileOf);
    }
}
