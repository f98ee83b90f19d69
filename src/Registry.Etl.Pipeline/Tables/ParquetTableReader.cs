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
    public static Table Read(string path, IReadOnlyList<string> columns) => Read(path, columns, keep: null, choose: null, rowNumbers: false).Table;

    /// <summary>
    /// The rows <paramref name="keep"/> chooses (given each row group as a table of the chosen columns and the
    /// file row number of its first row; null keeps all), and for each kept row its 0-based row number in the file.
    /// <paramref name="keep"/> is called from several threads at once (one row group each), in no set order.
    /// </summary>
    public static (Table Table, int[] Rows) Read(string path, IReadOnlyList<string> columns, Func<Table, int, bool[]>? keep) =>
        Read(path, columns, keep, null, rowNumbers: true);

    /// <summary>
    /// The rows <paramref name="choose"/> picks, given the open file, a row group and the file row number of its
    /// first row (it reads what it needs to decide, e.g. a key column as ids: <see cref="ParquetFileReader.ReadStringIds"/>);
    /// then the chosen columns of the group are read making strings for the picked rows only, so the rows a
    /// filter drops cost no string each. Called from several threads at once (one row group each).
    /// </summary>
    public static (Table Table, int[] Rows) Read(string path, IReadOnlyList<string> columns, Func<ParquetFileReader, int, int, bool[]> choose)
    {
        ArgumentNullException.ThrowIfNull(choose);
        return Read(path, columns, null, choose, rowNumbers: true);
    }

    /// <summary>The named columns of one row group of an open file.</summary>
    public static Table ReadGroup(ParquetFileReader reader, int group, IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(columns);
        var (indexes, schema) = Columns(reader, columns, "The file");
        return ReadGroup(reader, group, schema, indexes, null);
    }

    /// <param name="rowNumbers">Whether the caller wants each row's file row number (a whole national register's would be 80 MB made for nothing).</param>
    private static (Table Table, int[] Rows) Read(string path, IReadOnlyList<string> columns, Func<Table, int, bool[]>? keep, Func<ParquetFileReader, int, int, bool[]>? choose, bool rowNumbers)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(columns);
        using var reader = ParquetFileReader.Open(path);
        var (indexes, schema) = Columns(reader, columns, Path.GetFileName(path));
        var groups = reader.RowGroupCount;
        var firsts = new int[groups];
        for (var g = 1; g < groups; g++)
        {
            firsts[g] = checked(firsts[g - 1] + (int)reader.Metadata.RowGroups[g - 1].RowCount);
        }

        // Row groups are decoded (and filtered) on every core, each worker with a reader of its own; the
        // pooling and the order of the result stay sequential, so the table is the same whatever the cores.
        var workers = Math.Clamp(Math.Min(Environment.ProcessorCount, MaxWorkers), 1, Math.Max(1, groups));
        var readers = new ParquetFileReader[workers];
        readers[0] = reader;
        var pools = indexes.Select(_ => new StringPool()).ToArray();
        var chunks = new List<Table>();
        var rows = new List<int>();
        try
        {
            for (var w = 1; w < workers; w++)
            {
                readers[w] = ParquetFileReader.Open(path);
            }

            var batch = new (Table Chunk, int[] Rows)[workers];
            for (var start = 0; start < groups; start += workers)
            {
                var count = Math.Min(workers, groups - start);
                Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = count }, i =>
                    batch[i] = ReadAndChoose(readers[i], start + i, firsts[start + i], schema, indexes, keep, choose, rowNumbers));
                for (var i = 0; i < count; i++)
                {
                    chunks.Add(Pool(batch[i].Chunk, pools));
                    rows.AddRange(batch[i].Rows);
                    batch[i] = default;
                }
            }
        }
        finally
        {
            for (var w = 1; w < workers; w++)
            {
                readers[w]?.Dispose();
            }
        }

        return (TableRows.Concat(schema, chunks), [.. rows]);
    }

    /// <summary>The file's column indexes and table schema of <paramref name="columns"/>; a missing column fails naming <paramref name="file"/>.</summary>
    private static (int[] Indexes, TableSchema Schema) Columns(ParquetFileReader reader, IReadOnlyList<string> columns, string file)
    {
        var indexes = columns.Select(name => reader.Schema.IndexOf(name) is >= 0 and var i
            ? i
            : Core.Throw.Configuration<int>($"{file} has no column '{name}' (columns: {string.Join(", ", reader.Schema.Fields.Select(f => f.Name))}).")).ToArray();
        return (indexes, new TableSchema(indexes.Select(i => TableParquet.ColumnSchemaOf(reader.Schema[i]))));
    }

    /// <summary>Row groups decoded at once (one per core): each holds a decoded row group in memory.</summary>
    private const int MaxWorkers = 4;

    /// <summary>One row group, reduced to the rows <paramref name="keep"/> or <paramref name="choose"/> picks (all when both are null), with their file row numbers.</summary>
    private static (Table Chunk, int[] Rows) ReadAndChoose(ParquetFileReader reader, int group, int first, TableSchema schema, int[] indexes, Func<Table, int, bool[]>? keep, Func<ParquetFileReader, int, int, bool[]>? choose, bool rowNumbers)
    {
        if (choose is not null)
        {
            var wanted = choose(reader, group, first);
            var rows = Picked(wanted);
            return (TableRows.Pick(ReadGroup(reader, group, schema, indexes, wanted), rows), Offset(rows, first));
        }

        var chunk = ReadGroup(reader, group, schema, indexes, null);
        var chosen = keep?.Invoke(chunk, first);
        if (chosen is null)
        {
            return (chunk, rowNumbers ? [.. Enumerable.Range(first, chunk.RowCount)] : []);
        }

        // only the rows kept go on: a filtered read of a national register drops most of each row group
        var picked = Picked(chosen);
        return (TableRows.Pick(chunk, picked), Offset(picked, first));
    }

    private static int[] Offset(int[] rows, int first)
    {
        var offset = new int[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            offset[i] = first + rows[i];
        }

        return offset;
    }

    private static int[] Picked(bool[] chosen)
    {
        // a plain loop: this runs over every row of a national register (a LINQ pipeline per row was a fifth of the datasets stage)
        var picked = new int[chosen.AsSpan().Count(true)];
        for (int r = 0, n = 0; n < picked.Length; r++)
        {
            if (chosen[r])
            {
                picked[n++] = r;
            }
        }

        return picked;
    }

    private static Table ReadGroup(ParquetFileReader reader, int group, TableSchema schema, int[] indexes, bool[]? wanted)
    {
        var rows = checked((int)reader.Metadata.RowGroups[group].RowCount);
        var columns = new Column[indexes.Length];
        for (var c = 0; c < indexes.Length; c++)
        {
            columns[c] = TableParquet.ToColumn(schema[c], reader.Schema[indexes[c]], reader.ReadColumn(group, indexes[c], wanted), rows);
        }

        return new Table(schema, columns);
    }

    private static Table Pool(Table table, StringPool[] pools)
    {
        var columns = new Column[table.Columns.Count];
        for (var c = 0; c < columns.Length; c++)
        {
            columns[c] = table[c] is StringColumn s ? pools[c].Share(s) : table[c];
        }

        return new Table(table.Schema, columns);
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

            // distinct values, not instances: a PLAIN page (no dictionary, or one that fell back past its size
            // limit) hands every row its own instance, yet a column of few values is still worth pooling
            var distinct = new HashSet<string>(StringComparer.Ordinal);
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
                    distinct.Add(shared);
                }

                values[i] = shared;
            }

            // mostly distinct values (ids): pooling saves nothing, stop paying for it
            if (distinct.Count > values.Length / 2 && values.Length > 1024)
            {
                _off = true;
                _pool.Clear();
            }

            return new StringColumn(column.Schema, values);
        }
    }
}
