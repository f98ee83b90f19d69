using Registry.Etl.Core.Data;
using Registry.Etl.Ingest.Resolution;
using Registry.Etl.Parquet.Data;
using Registry.Etl.Parquet.Writing;
using Registry.Etl.Pipeline.Tables;

namespace Registry.Etl.Pipeline.Stages.Ingest;

/// <summary>
/// Writes a source's resolved table (latest export wins per source key) in two passes over its files, in
/// resolution order (files by export date and name, rows by line). First the source keys of every file's
/// accepted rows go into the <see cref="Index"/> (<see cref="BeginFile"/>, <see cref="AddKeys"/>, then
/// <see cref="CommitFile"/> or, for a file that fails part-way, <see cref="AbortFile"/>); the index then knows
/// every final winner. Then the rows of each committed file are streamed through <see cref="Write"/>, which
/// appends exactly the winners: the file is written once, in order, with no row held back and none written
/// that a later row supersedes. (The rows are read twice: the callers keep each file's standardised rows on
/// disk anyway, in the ingest cache, and read the keys alone in the first pass; the second pass does not hash
/// them again: the index keeps a bit per row, set when the row is superseded.) Memory: the index (a 128-bit
/// hash and a position per key, a bit per row) and the table being written, whatever the number of rows.
/// </summary>
internal sealed class ResolvingWriter : IDisposable
{
    private readonly TableParquetWriter _writer;
    private int _lastWritten = -1;
    private long _position;

    public ResolvingWriter(string path, TableSchema schema, ParquetWriterOptions? options) =>
        _writer = new TableParquetWriter(path, schema, options);

    public LatestExportIndex Index { get; } = new();

    /// <summary>First pass: starts the next file in resolution order; returns its number.</summary>
    public int BeginFile() => Index.BeginFile();

    /// <summary>First pass: the source keys of the current file's next accepted rows, in line order.</summary>
    public void AddKeys(StringColumn keys) => Index.Add(keys);

    /// <summary>First pass: the current file was read whole.</summary>
    public void CommitFile() => Index.CommitFile();

    /// <summary>First pass: the current file failed; its rows are void (never pass them to <see cref="Write"/>).</summary>
    public void AbortFile() => Index.AbortFile();

    /// <summary>
    /// Second pass: all accepted rows of committed file <paramref name="file"/>, in line order (as their keys
    /// were added); appends those that win. Files are written in increasing order.
    /// </summary>
    public void Write(int file, IEnumerable<Table> rows) =>
        Write(file, rows, static t => t.RowCount, _writer.Append);

    /// <summary>
    /// As <see cref="Write(int, IEnumerable{Table})"/>, the rows as read from a Parquet file of the table's schema (strings
    /// may be UTF-8 slices): nothing is converted to a table, and no string is made per row.
    /// </summary>
    public void Write(int file, IEnumerable<ParquetBatch> rows) =>
        Write(file, rows, static b => b.RowCount, _writer.Append);

    private void Write<T>(int file, IEnumerable<T> rows, Func<T, int> rowCount, Action<T, int, int> append)
    {
        ArgumentNullException.ThrowIfNull(rows);
        StartFile(file);
        foreach (var batch in rows)
        {
            Write(batch, rowCount(batch), append);
        }
    }

    /// <summary>Second pass: the rows of committed file <paramref name="file"/> follow (<see cref="Write(ParquetBatch)"/>); files in increasing order.</summary>
    public void StartFile(int file)
    {
        if (Index.CurrentFile >= 0 || file <= _lastWritten || file >= Index.FileCount)
        {
            throw new InvalidOperationException($"File {file} cannot be written now: all keys first, then the files in order.");
        }

        _lastWritten = file;
        _position = Index.PositionOf(file, 0);
    }

    /// <summary>Second pass: the next accepted rows of the file started last, in line order; appends those that win.</summary>
    public void Write(ParquetBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        Write(batch, batch.RowCount, _writer.Append);
    }

    private void Write<T>(T batch, int count, Action<T, int, int> append)
    {
        if (_lastWritten < 0)
        {
            throw new InvalidOperationException("Start a file before writing its rows.");
        }

        // runs of winners, as slices: nothing is copied
        var run = 0;
        for (var r = 0; r < count; r++)
        {
            if (Index.IsSuperseded(_position + r))
            {
                append(batch, run, r - run);
                run = r + 1;
            }
        }

        append(batch, run, count - run);
        _position += count;
    }

    /// <summary>Writes the footer: the file appears at its path.</summary>
    public void Complete(IEnumerable<KeyValuePair<string, string>> metadata) => _writer.Complete(metadata);

    public void Dispose() => _writer.Dispose();
}
