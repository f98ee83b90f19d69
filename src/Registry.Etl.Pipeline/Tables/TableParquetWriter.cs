using Registry.Etl.Core.Data;
using Registry.Etl.Parquet.Data;
using Registry.Etl.Parquet.Writing;

namespace Registry.Etl.Pipeline.Tables;

/// <summary>
/// Writes a Parquet file from tables appended one after another (chunks of a stream that is never held
/// whole), with the type mapping and determinism rule of <see cref="TableParquet"/>: the row groups depend
/// only on the rows, not on how they were chunked, so the same rows and metadata give the same bytes.
/// The file appears at <c>path</c> only on <see cref="Complete"/>.
/// </summary>
public sealed class TableParquetWriter : IDisposable
{
    /// <summary>Rows handed to the writer per call: slices of the table's arrays, so nothing is copied.</summary>
    private const int SliceRows = 65_536;
    private readonly ParquetFileWriter _writer;
    private readonly ParquetColumnData[] _columns;
    private Parquet.Schema.ParquetSchema? _checkedSchema;

    public TableParquetWriter(string path, TableSchema schema, ParquetWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        _writer = ParquetFileWriter.CreateFile(path, TableParquet.SchemaOf(schema), options);
        _columns = new ParquetColumnData[schema.Count];
    }

    public TableSchema Schema { get; }

    /// <summary>Rows appended so far.</summary>
    public long RowCount => _writer.RowCount;

    /// <summary>Appends the rows of <paramref name="table"/> (its columns in the order and kinds of <see cref="Schema"/>).</summary>
    public void Append(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        Append(table, 0, table.RowCount);
    }

    /// <summary>Appends rows <paramref name="start"/> .. <paramref name="start"/> + <paramref name="count"/> - 1 of <paramref name="table"/>, without copying them.</summary>
    public void Append(Table table, int start, int count)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Columns.Count != Schema.Count)
        {
            Core.Throw.Argument($"The table has {table.Columns.Count} columns; the file has {Schema.Count}.", nameof(table));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, table.RowCount - start);
        var end = start + count;
        for (var at = start; at < end; at += SliceRows)
        {
            var length = Math.Min(SliceRows, end - at);
            for (var c = 0; c < _columns.Length; c++)
            {
                _columns[c] = TableParquet.Slice(table[c], at, length);
            }

            _writer.WriteBatch(length, _columns);
        }

        Array.Clear(_columns);
    }

    /// <summary>
    /// Appends rows <paramref name="start"/> .. <paramref name="start"/> + <paramref name="count"/> - 1 of a batch read from a
    /// Parquet file of this table schema (<see cref="TableParquet.ReadBatches"/>), without copying or converting them: the
    /// file is the one the same rows appended as a table give.
    /// </summary>
    public void Append(ParquetBatch batch, int start, int count)
    {
        ArgumentNullException.ThrowIfNull(batch);

        // the resolution appends each run of winners of a batch: its schema (one instance per file read) is checked once
        if (!ReferenceEquals(batch.Schema, _checkedSchema))
        {
            if (!SameFields(batch.Schema, _writer.Schema))
            {
                Core.Throw.Argument("The batch was not read from a file of this table schema.", nameof(batch));
            }

            _checkedSchema = batch.Schema;
        }

        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, batch.RowCount - start);
        var end = start + count;
        for (var at = start; at < end; at += SliceRows)
        {
            var length = Math.Min(SliceRows, end - at);
            for (var c = 0; c < _columns.Length; c++)
            {
                _columns[c] = batch[c].Slice(at, length);
            }

            _writer.WriteBatch(length, _columns);
        }

        Array.Clear(_columns);
    }

    private static bool SameFields(Parquet.Schema.ParquetSchema read, Parquet.Schema.ParquetSchema written)
    {
        if (read.Count != written.Count)
        {
            return false;
        }

        for (var c = 0; c < read.Count; c++)
        {
            var (r, w) = (read[c], written[c]);
            if (r.Name != w.Name || r.ValueKind != w.ValueKind || r.PhysicalType != w.PhysicalType || r.LogicalType != w.LogicalType
                || r.IsNullable != w.IsNullable || r.Precision != w.Precision || r.Scale != w.Scale || r.TimeUnit != w.TimeUnit
                || r.IsAdjustedToUtc != w.IsAdjustedToUtc || r.TypeLength != w.TypeLength)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes the footer with <paramref name="metadata"/> (in ordinal key order) and moves the file into place.</summary>
    public void Complete(IEnumerable<KeyValuePair<string, string>>? metadata = null)
    {
        foreach (var (key, value) in (metadata ?? []).OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            _writer.SetMetadata(key, value);
        }

        _writer.Complete();
    }

    public void Dispose() => _writer.Dispose();
}
