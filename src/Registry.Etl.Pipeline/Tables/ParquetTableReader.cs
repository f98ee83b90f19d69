using System.Runtime.CompilerServices;
using Registry.Etl.Core.Data;
using Registry.Etl.Parquet.Reading;

namespace Registry.Etl.Pipeline.Tables;

/// <summary>
/// Reads chosen columns of a Parquet file row group by row group, optionally keeping only the rows a
/// filter chooses, so a stage that needs five columns of a national register never holds the others (nor
/// the rows it drops). Equal strings of a column share one instance across row groups (a pseudonym that
/// occurs in a million rows is held once), which is what makes wide registers fit in memory.
/// </summary>
public static class ParquetTableReader
{
    /// <summary>Distinct strings pooled per column before pooling stops (a column of unique ids is not pooled).</summary>
    private const int PoolCapacity = 1 << 21;

    /// <summary>The columns <paramref name="columns"/> (in that order) of every row.</summary>
    public static Table Read(string path, IReadOnlyList<string> columns) => Read(path, columns, null).Table;

    /// <summary>
    /// The rows <paramref name="keep"/> chooses (given each row group as a table of the chosen columns and the
    /// file row number of its first row; null keeps all), and for each kept row its 0-based row number in the file.
    /// </summary>
    public static (Table Table, int[] Rows) Read(string path, IReadOnlyList<string> columns, Func<Table, int, bool[]>? keep)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(columns);
        using var reader = ParquetFileReader.Open(path);
        var indexes = columns.Select(name => reader.Schema.IndexOf(name) is >= 0 and var i
            ? i
            : Core.Throw.Configuration<int>($"{Path.GetFileName(path)} has no column '{name}' (columns: {string.Join(", ", reader.Schema.Fields.Select(f => f.Name))}).")).ToArray();
        var schema = new TableSchema(indexes.Select(i => TableParquet.ColumnSchemaOf(reader.Schema[i])));
        var pools = indexes.Select(_ => new StringPool()).ToArray();
        var chunks = new List<Table>();
        var rows = new List<int>();
        var first = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var chunk = ReadGroup(reader, g, schema, indexes, pools);
            var chosen = keep?.Invoke(chunk, first);
            if (chosen is null)
            {
                chunks.Add(chunk);
                rows.AddRange(Enumerable.Range(first, chunk.RowCount));
            }
            else
            {
                var picked = Enumerable.Range(0, chunk.RowCount).Where(r => chosen[r]).ToArray();
                chunks.Add(TableRows.Pick(chunk, picked));
                rows.AddRange(picked.Select(r => first + r));
            }

            first += chunk.RowCount;
        }

        return (TableRows.Concat(schema, chunks), [.. rows]);
    }

    private static Table ReadGroup(ParquetFileReader reader, int group, TableSchema schema, int[] indexes, StringPool[] pools)
    {
        var columns = new Column[indexes.Length];
        var rows = 0;
        for (var c = 0; c < indexes.Length; c++)
        {
            var data = reader.ReadColumn(group, indexes[c]);
            rows = checked((int)reader.Metadata.RowGroups[group].RowCount);
            var column = TableParquet.ToColumn(schema[c], reader.Schema[indexes[c]], data, rows);
            columns[c] = column is StringColumn s ? pools[c].Share(s) : column;
        }

        return new Table(schema, columns);
    }

    /// <summary>One column's pool of distinct strings across row groups.</summary>
    private sealed class StringPool
    {
        private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
        private bool _off;

        public StringColumn Share(StringColumn column)
        {
            if (_off)
            {
                return column;
            }

            // rows of one row group already share their dictionary entry's instance: look each instance up once
            var seen = new Dictionary<string, string>(ReferenceEqualityComparer.Instance as IEqualityComparer<string>);
            var values = column.Values.ToArray();
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] is not { } v)
                {
                    continue;
                }

                if (!seen.TryGetValue(v, out var shared))
                {
                    if (!_pool.TryGetValue(v, out shared))
                    {
                        shared = v;
                        if (_pool.Count < PoolCapacity)
                        {
                            _pool.Add(v, v);
                        }
                    }

                    seen.Add(v, shared);
                }

                values[i] = shared;
            }

            // mostly distinct values (ids): pooling saves nothing, stop paying for it
            if (seen.Count > values.Length / 2 && values.Length > 1024)
            {
                _off = true;
                _pool.Clear();
            }

            return new StringColumn(column.Schema, values);
        }
    }
}
