using Registry.Etl.Parquet.Data;
using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Writing;

/// <summary>
/// Streams a flat table into a Parquet file. Call <see cref="WriteBatch"/> as often as needed (rows
/// are encoded as they arrive; a row group is written once it reaches
/// <see cref="ParquetWriterOptions.RowGroupTargetBytes"/>), then <see cref="Complete"/> to write the footer.
/// Disposing without completing leaves no valid file (and <see cref="CreateFile"/> removes its partial file).
/// </summary>
/// <remarks>
/// Columns are encoded and compressed in parallel. The caller's arrays are read, never copied or kept,
/// during the call. The same rows, schema and options give byte-identical files, however the rows were
/// cut into batches.
/// </remarks>
public sealed partial class ParquetFileWriter : IDisposable
{
    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly string? _finalPath;
    private readonly string? _partialPath;
    private readonly ColumnWriter[] _columns;
    private readonly ParquetColumnData[] _batch;
    private readonly List<KeyValuePair<string, string>> _metadata;
    private long _position;
    private int _rowsInGroup;
    private bool _completed;
    private bool _faulted;
    private bool _disposed;

    /// <summary>Writes to <paramref name="stream"/> (need not be seekable), from its current position.</summary>
    public ParquetFileWriter(Stream stream, ParquetSchema schema, ParquetWriterOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(schema);
        if (!stream.CanWrite)
        {
            Throw.Argument("The stream must be writable.", nameof(stream));
        }

        Options = options ?? new ParquetWriterOptions();
        Options.Validate();
        if (schema.Count == 0)
        {
            Throw.Argument("A Parquet schema needs at least one column.", nameof(schema));
        }

        Schema = schema;
        _stream = stream;
        _leaveOpen = leaveOpen;
        _metadata = [.. Options.KeyValueMetadata];
        _columns = new ColumnWriter[schema.Count];
        for (var i = 0; i < _columns.Length; i++)
        {
            _columns[i] = ColumnWriterFactory.Create(schema[i], Options);
        }

        _batch = new ParquetColumnData[schema.Count];
        WriteMagic();
    }

    private ParquetFileWriter(string finalPath, string partialPath, ParquetSchema schema, ParquetWriterOptions? options)
        : this(new FileStream(partialPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20), schema, options)
    {
        _finalPath = finalPath;
        _partialPath = partialPath;
    }

    public ParquetSchema Schema { get; }

    public ParquetWriterOptions Options { get; }

    /// <summary>Rows written so far.</summary>
    public long RowCount { get; private set; }

    /// <summary>Row groups written so far (the open one not included).</summary>
    public int RowGroupCount => _rowGroups.Count;

    /// <summary>
    /// Writes to "<paramref name="path"/>.partial" and moves it to <paramref name="path"/> on
    /// <see cref="Complete"/>, so the file appears whole or not at all.
    /// </summary>
    public static ParquetFileWriter CreateFile(string path, ParquetSchema schema, ParquetWriterOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        return new ParquetFileWriter(full, full + ".partial", schema, options);
    }

    /// <summary>
    /// Appends the first <paramref name="rowCount"/> rows of <paramref name="columns"/> (one per schema
    /// field, in order, of the field's <see cref="ParquetField.ValueKind"/>). A required column may hold
    /// no null. If this throws, the writer is unusable and the file incomplete.
    /// </summary>
    public void WriteBatch(int rowCount, ReadOnlySpan<ParquetColumnData> columns)
    {
        EnsureWritable();
        BatchValidator.Validate(Schema, rowCount, columns);
        columns.CopyTo(_batch);
        try
        {
            var done = 0;
            while (done < rowCount)
            {
                var check = Options.RowGroupCheckRows;
                var step = Math.Min(rowCount - done, Math.Min(check - (_rowsInGroup % check), Options.MaxRowGroupRows - _rowsInGroup));
                EncodeStep(done, step);
                done += step;
                _rowsInGroup += step;
                RowCount += step;
                if (_rowsInGroup == Options.MaxRowGroupRows || (_rowsInGroup % check == 0 && EstimatedRowGroupBytes() >= Options.RowGroupTargetBytes))
                {
                    FlushRowGroup();
                }
            }
        }
        catch
        {
            _faulted = true;
            throw;
        }
        finally
        {
            Array.Clear(_batch);
        }
    }

    /// <summary>Adds or replaces a file key-value metadata entry (written in insertion order).</summary>
    public void SetMetadata(string key, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(value);
        EnsureWritable();
        var i = _metadata.FindIndex(kv => kv.Key == key);
        if (i >= 0)
        {
            _metadata[i] = new(key, value);
        }
        else
        {
            _metadata.Add(new(key, value));
        }
    }

    /// <summary>Writes the open row group (if any), the footer, and (for <see cref="CreateFile"/>) moves the file into place.</summary>
    public void Complete()
    {
        EnsureWritable();
        try
        {
            if (_rowsInGroup > 0)
            {
                FlushRowGroup();
            }

            WriteFooter();
            _stream.Flush();
            _completed = true;
            if (_finalPath is not null)
            {
                _stream.Dispose();
                File.Move(_partialPath!, _finalPath, overwrite: true);
            }
        }
        catch
        {
            _faulted = true;
            throw;
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var column in _columns)
        {
            column.Dispose();
        }

        if (!_leaveOpen || _finalPath is not null)
        {
            _stream.Dispose();
        }

        if (!_completed && _partialPath is not null && File.Exists(_partialPath))
        {
            File.Delete(_partialPath);
        }
    }

    private void EncodeStep(int start, int rows)
    {
        if (Options.MaxDegreeOfParallelism == 1)
        {
            for (var c = 0; c < _columns.Length; c++)
            {
                _columns[c].Append(_batch[c], start, rows);
            }

            return;
        }

        RunParallel(c => _columns[c].Append(_batch[c], start, rows));
    }

    private long EstimatedRowGroupBytes()
    {
        long total = 0;
        foreach (var column in _columns)
        {
            total += column.EstimatedBytes;
        }

        return total;
    }

    private void EnsureWritable()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_completed)
        {
            Throw.InvalidOperation("The Parquet file is already complete.");
        }

        if (_faulted)
        {
            Throw.InvalidOperation("An earlier write failed; the Parquet file is incomplete and cannot be continued.");
        }
    }
}
