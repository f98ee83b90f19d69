using System.Text;
using Registry.Etl.Core.Data;
using Registry.Etl.Linkage.Blocking;
using Registry.Etl.Linkage.Model;
using Registry.Etl.Parquet.Reading;
using Registry.Etl.Parquet.Schema;
using Registry.Etl.Pipeline.Stages.Ingest;
using Registry.Etl.Pipeline.Tables;

namespace Registry.Etl.Pipeline.Stages.Link;

/// <summary>
/// The input tables of one model run: the columns the model reads from the standardised ingest files, with
/// the model's per-source column aliases applied (<c>pipeline.columns</c>: a model column read from another column of that source, or
/// missing altogether). Nothing is copied except the aliased columns.
/// </summary>
internal static class LinkInputs
{
    public static IngestedSource Standardised(StageArtifacts artifacts, string source, string model)
    {
        if (!artifacts.TryGet<IngestedSource>($"ingest/{source}", out var ingested))
        {
            Core.Throw.Configuration($"Linkage model '{model}' reads source '{source}', but ingest produced no table for it (is '{source}' a source of this pipeline?).");
        }

        return ingested;
    }

    /// <summary>
    /// A left source's columns the model reads (after its aliases: the source column an alias stands for)
    /// plus <c>hospital</c> for the link rates, read from the ingest file.
    /// </summary>
    public static Table Left(IngestedSource source, IReadOnlySet<string> modelColumns, IReadOnlyDictionary<string, string?>? aliases)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in modelColumns.Append("hospital"))
        {
            var from = aliases is not null && aliases.TryGetValue(name, out var a) ? a : name;
            if (from is not null && source.Has(from))
            {
                names.Add(from);
            }
        }

        return source.Read([.. names]);
    }

    /// <summary>Rows of a large right source drawn uniformly (by row number) for u when only its blocked rows are read.</summary>
    public const int USampleRows = 200_000;

    /// <summary>
    /// The right source's columns the model reads: every row, or (<c>right_rows: blocked</c>) the rows that
    /// share a blocking or deterministic key with a row of some left table plus a uniform sample of
    /// <see cref="USampleRows"/> rows (every row of a smaller source) that u is drawn from; with the file row
    /// number of each row read and the u-sample flags (both null when every row is read, in file order). Every
    /// row is read through <paramref name="shared"/> when given (models of one stage reading the same source).
    /// With <paramref name="indexes"/>, the key columns compared as they are come from their
    /// <see cref="KeyColumnIndex"/> instead of the Parquet file (the same values, read as ids).
    /// </summary>
    public static (Table Table, int[]? Rows, bool[]? USample) Right(IngestedSource source, LinkageModel model, IReadOnlySet<string> modelColumns, IReadOnlyList<Table> lefts, SharedRightReads? shared = null, KeyColumnIndexes? indexes = null)
    {
        string[] names = [.. modelColumns.Where(source.Has)];
        if (!model.Pipeline!.RightRowsBlocked)
        {
            return (shared is null ? Whole(source, names, indexes) : shared.Read(source, names), null, null);
        }

        var filter = BlockingFilter.ForLefts(model, lefts);
        var share = Math.Min(1.0, USampleRows / (double)Math.Max(1, source.RowCount));
        var indexed = indexes?.Open(source, filter.Parts.Where(p => p.AsIs).Select(p => p.Column)) ?? [];
        try
        {
            // per part read from an index: the left id of each of the column's distinct values, looked up once
            var leftIds = filter.Parts.Select((p, i) => p.AsIs && indexed.TryGetValue(p.Column, out var index) ? LeftIds(filter, i, index) : null).ToArray();
            var fromIndex = names.Where(indexed.ContainsKey).ToHashSet(StringComparer.Ordinal);
            if (fromIndex.Count == names.Length)
            {
                fromIndex.Remove(names[0]); // one column from the file, which gives the rows their count
            }

            var (table, rows) = source.Read([.. names.Where(n => !fromIndex.Contains(n))], (reader, group, first) =>
            {
                var keep = Keep(filter, reader, group, first, indexed, leftIds);
                for (var i = 0; i < keep.Length; i++)
                {
                    keep[i] |= InUSample(first + i, share);
                }

                return keep;
            });
            if (fromIndex.Count > 0)
            {
                table = new Table(
                    new TableSchema(names.Select(n => fromIndex.Contains(n) ? indexed[n].Schema : table.Schema[table.Schema.IndexOf(n)])),
                    [.. names.Select(n => fromIndex.Contains(n) ? indexed[n].Column(rows) : table[n])]);
            }

            return (table, rows, [.. rows.Select(r => InUSample(r, share))]);
        }
        finally
        {
            KeyColumnIndex.DisposeAll(indexed);
        }
    }

    /// <summary>
    /// Every row of the named columns, in that order; with <paramref name="indexes"/> the text columns come from
    /// their key index (each distinct value made into a string once) and only the others are decoded from the file.
    /// </summary>
    public static Table Whole(IngestedSource source, IReadOnlyList<string> names, KeyColumnIndexes? indexes)
    {
        var indexed = indexes?.Open(source, names) ?? [];
        try
        {
            if (indexed.Count == 0)
            {
                return source.Read(names);
            }

            string[] others = [.. names.Where(n => !indexed.ContainsKey(n))];
            var rest = others.Length == 0 ? null : source.Read(others);
            var all = Enumerable.Range(0, checked((int)source.RowCount)).ToArray();
            return new Table(
                new TableSchema(names.Select(n => indexed.TryGetValue(n, out var index) ? index.Schema : rest!.Schema[rest.Schema.IndexOf(n)])),
                [.. names.Select(n => indexed.TryGetValue(n, out var index) ? index.Column(all) : rest![n])]);
        }
        finally
        {
            KeyColumnIndex.DisposeAll(indexed);
        }
    }

    private static int[] LeftIds(BlockingFilter filter, int part, KeyColumnIndex index)
    {
        var ids = new int[index.ValueCount];
        for (var id = 0; id < ids.Length; id++)
        {
            ids[id] = LeftIdOf(filter, part, index.Utf8(id));
        }

        return ids;
    }

    /// <summary>
    /// The rows of one row group of the right source that share a key with a left record. Key parts on a text
    /// column compared as it is come from the column's index when there is one, else are looked up from each
    /// value's bytes (no string per row: the national LBZ's pseudonym columns are read whole); the others are
    /// read as columns.
    /// </summary>
    private static bool[] Keep(BlockingFilter filter, ParquetFileReader reader, int group, int first, Dictionary<string, KeyColumnIndex> indexed, int[]?[] leftIds)
    {
        var parts = filter.Parts;
        var rows = checked((int)reader.Metadata.RowGroups[group].RowCount);
        var ids = new int[]?[parts.Count];
        var columns = new List<string>();
        for (var p = 0; p < parts.Count; p++)
        {
            var (column, asIs) = parts[p];
            var index = reader.Schema.IndexOf(column);
            if (leftIds[p] is { } map)
            {
                var part = new int[rows];
                indexed[column].ReadIds(first, part);
                for (var i = 0; i < part.Length; i++)
                {
                    part[i] = part[i] < 0 ? -1 : map[part[i]];
                }

                ids[p] = part;
            }
            else if (asIs && index >= 0 && reader.Schema[index].ValueKind == ParquetValueKind.String)
            {
                var part = p;
                ids[p] = reader.ReadStringIds(group, index, utf8 => LeftIdOf(filter, part, utf8));
            }
            else if (!columns.Contains(column))
            {
                columns.Add(column); // a number, date or transformed part, or a missing column (Keep names it)
            }
        }

        var table = columns.Count == 0 ? null : ParquetTableReader.ReadGroup(reader, group, columns.Where(c => reader.Schema.IndexOf(c) >= 0).ToArray());
        return filter.Keep(rows, table, ids);
    }

    [ThreadStatic]
    private static char[]? t_chars;

    private static int LeftIdOf(BlockingFilter filter, int part, ReadOnlySpan<byte> utf8)
    {
        // the bytes are valid UTF-8 (the reader checks): at most one char per byte; one buffer per reading thread
        var chars = t_chars is { } b && b.Length >= utf8.Length ? b : t_chars = new char[Math.Max(256, utf8.Length)];
        var length = Encoding.UTF8.GetChars(utf8, chars);
        return filter.LeftIdOf(part, chars.AsSpan(0, length));
    }

    /// <summary>A fixed pseudo-random choice per row number: the same rows every run, about <paramref name="share"/> of them.</summary>
    private static bool InUSample(int row, double share)
    {
        if (share >= 1)
        {
            return true;
        }

        // SplitMix64 finaliser of the row number: uniform bits, no state
        var z = (ulong)row + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (z >> 11) * (1.0 / (1UL << 53)) < share;
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
