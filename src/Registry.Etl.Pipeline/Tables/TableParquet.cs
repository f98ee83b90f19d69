using Registry.Etl.Core.Data;
using Registry.Etl.Parquet;
using Registry.Etl.Parquet.Data;
using Registry.Etl.Parquet.Reading;
using Registry.Etl.Parquet.Schema;
using Registry.Etl.Parquet.Writing;

namespace Registry.Etl.Pipeline.Tables;

/// <summary>
/// The one bridge between the domain's in-memory <see cref="Table"/> and the Parquet files every stage
/// publishes. Stages write through it so that all outputs share one type mapping (dates as DATE, timestamps
/// as TIMESTAMP(micros, UTC), decimals with the column's precision and scale) and one determinism rule:
/// key-value metadata is written in ordinal key order, so the same table and metadata give the same bytes.
/// </summary>
public static class TableParquet
{
    /// <summary>Writes <paramref name="table"/> to <paramref name="path"/> and returns the row count.</summary>
    public static long Write(
        Table table,
        string path,
        IEnumerable<KeyValuePair<string, string>>? metadata = null,
        ParquetWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(path);
        using (var writer = new TableParquetWriter(path, table.Schema, options))
        {
            writer.Append(table);
            writer.Complete(metadata);
        }

        return table.RowCount;
    }

    /// <summary>Reads a whole flat Parquet file (written by this class or by another engine) into a table.</summary>
    public static Table Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = ParquetFileReader.Open(path);
        var batch = reader.ReadAll();
        var schemas = new ColumnSchema[batch.Columns.Count];
        var columns = new Column[batch.Columns.Count];
        for (var c = 0; c < columns.Length; c++)
        {
            var field = batch.Schema.Fields[c];
            schemas[c] = ColumnSchemaOf(field);
            columns[c] = ToColumn(schemas[c], field, batch[c], batch.RowCount);
        }

        return new Table(new TableSchema(schemas), columns);
    }

    /// <summary>
    /// Reads a flat Parquet file row group by row group, each as a table (memory: one row group at a time), its
    /// columns decoded on up to <paramref name="decoders"/> threads at once (<see cref="ParquetFileReader.ReadRowGroup(int, int)"/>:
    /// faster when cores are idle, but more threads allocating at once let the heap grow further between collections).
    /// </summary>
    public static IEnumerable<Table> ReadRowGroups(string path, int decoders = 1)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = ParquetFileReader.Open(path);
        var schemas = reader.Schema.Fields.Select(ColumnSchemaOf).ToArray();
        var schema = new TableSchema(schemas);
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var batch = reader.ReadRowGroup(g, decoders);
            var columns = new Column[schemas.Length];
            for (var c = 0; c < columns.Length; c++)
            {
                columns[c] = ToColumn(schemas[c], batch.Schema.Fields[c], batch[c], batch.RowCount);
            }

            yield return new Table(schema, columns);
        }
    }

    /// <summary>
    /// A flat Parquet file row group by row group as the reader gives them, strings as UTF-8 slices
    /// (<see cref="ParquetUtf8Data"/>): for copying rows into a <see cref="TableParquetWriter"/> of the same schema
    /// without a string per row. Columns decoded on up to <paramref name="decoders"/> threads, as in <see cref="ReadRowGroups"/>.
    /// </summary>
    public static IEnumerable<ParquetBatch> ReadBatches(string path, int decoders = 1)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = ParquetFileReader.Open(path);
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            yield return reader.ReadRowGroup(g, decoders, utf8Strings: true);
        }
    }

    /// <summary>One string column of a flat Parquet file, row group by row group (the other columns are not decoded).</summary>
    public static IEnumerable<StringColumn> ReadStringColumn(string path, string name)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = ParquetFileReader.Open(path);
        var index = -1;
        for (var c = 0; c < reader.Schema.Count; c++)
        {
            index = reader.Schema.Fields[c].Name == name ? c : index;
        }

        if (index < 0)
        {
            throw new ParquetNotSupportedException($"{Path.GetFileName(path)} has no column '{name}'.");
        }

        var schema = ColumnSchemaOf(reader.Schema.Fields[index]);
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var data = reader.ReadColumn(g, index);
            yield return (StringColumn)ToColumn(schema, reader.Schema.Fields[index], data, (int)reader.Metadata.RowGroups[g].RowCount);
        }
    }

    /// <summary>The Parquet schema a table of <paramref name="schema"/> is written with.</summary>
    public static ParquetSchema SchemaOf(TableSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return new ParquetSchema(schema.Select(FieldOf));
    }

    private static ParquetField FieldOf(ColumnSchema c) => c.Kind switch
    {
        ColumnKind.Boolean => ParquetField.Boolean(c.Name, c.Nullable),
        ColumnKind.Int32 => ParquetField.Int32(c.Name, c.Nullable),
        ColumnKind.Int64 => ParquetField.Int64(c.Name, c.Nullable),
        ColumnKind.Double => ParquetField.Double(c.Name, c.Nullable),
        ColumnKind.Decimal => ParquetField.Decimal(c.Name, c.Precision, c.Scale, c.Nullable),
        ColumnKind.String => ParquetField.String(c.Name, c.Nullable),
        ColumnKind.Date => ParquetField.Date(c.Name, c.Nullable),
        ColumnKind.Timestamp => ParquetField.Timestamp(c.Name, ParquetTimeUnit.Micros, isAdjustedToUtc: true, c.Nullable),
        _ => Core.Throw.InvalidOperation<ParquetField>($"Column '{c.Name}' has unknown kind {c.Kind}."),
    };

    internal static ParquetColumnData Slice(Column column, int start, int length) => column switch
    {
        StringColumn s => ParquetColumnData.String(s.ValuesMemory.Slice(start, length)),
        Column<bool> b => ParquetColumnData.Boolean(b.ValuesMemory.Slice(start, length), SliceValidity(b.ValidityMemory, start, length)),
        Column<int> i => ParquetColumnData.Int32(i.ValuesMemory.Slice(start, length), SliceValidity(i.ValidityMemory, start, length)),
        Column<long> l => ParquetColumnData.Int64(l.ValuesMemory.Slice(start, length), SliceValidity(l.ValidityMemory, start, length)),
        Column<double> d => ParquetColumnData.Double(d.ValuesMemory.Slice(start, length), SliceValidity(d.ValidityMemory, start, length)),
        Column<decimal> m => ParquetColumnData.Decimal(m.ValuesMemory.Slice(start, length), SliceValidity(m.ValidityMemory, start, length)),
        _ => Core.Throw.InvalidOperation<ParquetColumnData>($"Column '{column.Name}' has an unsupported storage type."),
    };

    private static ReadOnlyMemory<bool> SliceValidity(ReadOnlyMemory<bool> validity, int start, int length) =>
        validity.IsEmpty ? validity : validity.Slice(start, length);

    internal static ColumnSchema ColumnSchemaOf(ParquetField f)
    {
        var kind = f.LogicalType switch
        {
            ParquetLogicalType.Date => ColumnKind.Date,
            ParquetLogicalType.Timestamp => ColumnKind.Timestamp,
            _ => f.ValueKind switch
            {
                ParquetValueKind.Boolean => ColumnKind.Boolean,
                ParquetValueKind.Int32 => ColumnKind.Int32,
                ParquetValueKind.Int64 => ColumnKind.Int64,
                ParquetValueKind.Float or ParquetValueKind.Double => ColumnKind.Double,
                ParquetValueKind.Decimal => ColumnKind.Decimal,
                ParquetValueKind.String => ColumnKind.String,
                _ => throw new ParquetNotSupportedException($"Column '{f.Name}' ({f}) has no table column kind."),
            },
        };
        return kind == ColumnKind.Decimal
            ? new ColumnSchema(f.Name, kind, f.IsNullable) { Precision = f.Precision, Scale = f.Scale }
            : new ColumnSchema(f.Name, kind, f.IsNullable);
    }

    internal static Column ToColumn(ColumnSchema schema, ParquetField field, ParquetColumnData data, int rows)
    {
        bool[]? valid = null;
        if (data.HasValidity)
        {
            valid = Owned(data.Validity, rows);
        }

        return data switch
        {
            ParquetColumnData<string?> s => new StringColumn(schema, Owned(s.Values, rows)),
            ParquetColumnData<bool> b => new Column<bool>(schema, b.Values.Span[..rows].ToArray(), valid),
            ParquetColumnData<int> i => new Column<int>(schema, Owned(i.Values, rows), valid),
            ParquetColumnData<long> l when schema.Kind == ColumnKind.Timestamp => new Column<long>(schema, ToMicros(l.Values.Span[..rows], field.TimeUnit), valid),
            ParquetColumnData<long> l => new Column<long>(schema, Owned(l.Values, rows), valid),
            ParquetColumnData<float> f => new Column<double>(schema, ToDoubles(f.Values.Span[..rows]), valid),
            ParquetColumnData<double> d => new Column<double>(schema, Owned(d.Values, rows), valid),
            ParquetColumnData<decimal> m => new Column<decimal>(schema, m.Values.Span[..rows].ToArray(), valid),
            _ => throw new ParquetNotSupportedException($"Column '{schema.Name}' stores {data.Kind}, which has no table column."),
        };
    }

    /// <summary>
    /// The decoded values as the column's array: the reader's own array when it holds exactly these rows (a
    /// freshly decoded column chunk is referenced by nothing else), a copy otherwise.
    /// </summary>
    private static T[] Owned<T>(ReadOnlyMemory<T> values, int rows) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(values, out var segment) && segment.Offset == 0 && segment.Count == rows && segment.Array!.Length == rows
            ? segment.Array
            : values.Span[..rows].ToArray();

    private static double[] ToDoubles(ReadOnlySpan<float> values)
    {
        var result = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            result[i] = values[i];
        }

        return result;
    }

    // Tables keep timestamps in microseconds; files from other engines may use millis or nanos.
    private static long[] ToMicros(ReadOnlySpan<long> values, ParquetTimeUnit unit)
    {
        var result = values.ToArray();
        if (unit == ParquetTimeUnit.Micros)
        {
            return result;
        }

        for (var i = 0; i < result.Length; i++)
        {
            result[i] = unit == ParquetTimeUnit.Millis ? result[i] * 1000 : result[i] / 1000;
        }

        return result;
    }
}
