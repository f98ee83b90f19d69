using Registry.Etl.Core.Data;
using Registry.Etl.Ingest.Contracts;
using Registry.Etl.Ingest.Resolution;
using Registry.Etl.Parquet.Writing;
using Registry.Etl.Pipeline.Tables;

namespace Registry.Etl.Pipeline.Stages.Ingest;

/// <summary>
/// Writes a source's resolved table (latest export wins per source key) from its accepted rows streamed in
/// resolution order (files by export date and name, rows by line), in one pass when it can. Chunks wait in a
/// window of about <c>windowRows</c> rows before they are written, so a row superseded by a row that
/// follows within the window (a correction in the same or the next export) is dropped before it is written.
/// A row written and superseded later (beyond the window), or rows of a file that failed after some were
/// written, make the first pass's file "unresolved": <see cref="Complete"/> then copies it once more, row
/// group by row group, keeping only the final winners. Either way the file holds the same rows in the same
/// order, so the same inputs give the same bytes. Memory: the window, one index entry per key and a few
/// integers per run of consecutive rows written.
/// </summary>
internal sealed class ResolvingWriter : IDisposable
{
    private readonly string _path;
    private readonly string _firstPass;
    private readonly TableSchema _schema;
    private readonly ParquetWriterOptions? _options;
    private readonly int _windowRows;
    private readonly TableParquetWriter _writer;
    private readonly Queue<(int File, int FirstRow, Table Chunk)> _window = new();
    private readonly List<int> _flushedRows = [];
    private readonly List<(int File, int Row, int Count)> _written = []; // runs of consecutive rows, in file order
    private readonly List<(int Table, int Row)> _keep = [];
    private int _windowed;
    private bool _unresolved;

    public ResolvingWriter(string path, TableSchema schema, ParquetWriterOptions? options, int windowRows)
    {
        _path = path;
        _firstPass = path + ".unresolved";
        _schema = schema;
        _options = options;
        _windowRows = windowRows;
        _writer = new TableParquetWriter(_firstPass, schema, options);
    }

    public LatestExportIndex Index { get; } = new();

    /// <summary>Starts the next file in resolution order.</summary>
    public void BeginFile()
    {
        Index.BeginFile();
        _flushedRows.Add(0);
    }

    /// <summary>The next accepted rows of the current file, in line order.</summary>
    public void Add(Table chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        var first = Index.CurrentRow;
        Index.Add(chunk.GetString(StandardisedSchema.SourceKey), Superseded);
        _window.Enqueue((Index.CurrentFile, first, chunk));
        _windowed += chunk.RowCount;
        while (_windowed - _window.Peek().Chunk.RowCount >= _windowRows)
        {
            Flush();
        }
    }

    public void CommitFile() => Index.CommitFile();

    /// <summary>The current file failed: its rows are void.</summary>
    public void AbortFile()
    {
        var file = Index.CurrentFile;
        if (_flushedRows[file] > 0)
        {
            _unresolved = true;
        }

        // its chunks are the newest in the window
        var kept = _window.Where(w => w.File != file).ToArray();
        _window.Clear();
        _windowed = 0;
        foreach (var w in kept)
        {
            _window.Enqueue(w);
            _windowed += w.Chunk.RowCount;
        }

        Index.AbortFile();
    }

    /// <summary>Writes what waits, then the footer; resolves the file once more if the first pass could not.</summary>
    public void Complete(IEnumerable<KeyValuePair<string, string>> metadata)
    {
        var entries = metadata.ToArray();
        while (_window.Count > 0)
        {
            Flush();
        }

        _writer.Complete(entries);
        if (!_unresolved)
        {
            File.Move(_firstPass, _path, overwrite: true);
            return;
        }

        using (var writer = new TableParquetWriter(_path, _schema, _options))
        {
            using var positions = Positions().GetEnumerator();
            foreach (var group in TableParquet.ReadRowGroups(_firstPass))
            {
                var keys = group.GetString(StandardisedSchema.SourceKey);
                _keep.Clear();
                for (var r = 0; r < group.RowCount; r++)
                {
                    positions.MoveNext();
                    var (file, row) = positions.Current;
                    if (Index.IsWinner(keys[r]!, file, row))
                    {
                        _keep.Add((0, r));
                    }
                }

                writer.Append(_keep.Count == group.RowCount ? group : TableGather.Gather(_schema, [group], _keep));
            }

            writer.Complete(entries);
        }

        File.Delete(_firstPass);
    }

    /// <summary>The file and row of each row of the first pass, in order.</summary>
    private IEnumerable<(int File, int Row)> Positions()
    {
        foreach (var (file, row, count) in _written)
        {
            for (var i = 0; i < count; i++)
            {
                yield return (file, row + i);
            }
        }
    }

    private void Written(int file, int row)
    {
        if (_written.Count > 0 && _written[^1] is var (f, r, n) && f == file && r + n == row)
        {
            _written[^1] = (f, r, n + 1);
        }
        else
        {
            _written.Add((file, row, 1));
        }
    }

    public void Dispose()
    {
        _writer.Dispose();
        if (File.Exists(_firstPass))
        {
            File.Delete(_firstPass);
        }
    }

    /// <summary>A row that stops winning: if it was written already, the first pass is not the resolved table.</summary>
    private void Superseded(int file, int row)
    {
        if (row < _flushedRows[file])
        {
            _unresolved = true;
        }
    }

    /// <summary>Writes the oldest chunk of the window, without the rows that no longer win (runs of winners, as slices: nothing is copied).</summary>
    private void Flush()
    {
        var (file, first, chunk) = _window.Dequeue();
        _windowed -= chunk.RowCount;
        var keys = chunk.GetString(StandardisedSchema.SourceKey);
        var current = Index.CurrentFile;
        var run = 0;
        for (var r = 0; r < chunk.RowCount; r++)
        {
            var (winnerFile, winnerRow) = Index.WinnerOf(keys[r]!);
            var wins = winnerFile == file && winnerRow == first + r;

            // superseded by a file still being read, which may yet fail (and give the row back): written, resolved at the end
            if (!wins && winnerFile == current && file != current)
            {
                _unresolved = true;
                wins = true;
            }

            if (wins)
            {
                Written(file, first + r);
            }
            else
            {
                _writer.Append(chunk, run, r - run);
                run = r + 1;
            }
        }

        _writer.Append(chunk, run, chunk.RowCount - run);
        _flushedRows[file] = first + chunk.RowCount;
    }
}
