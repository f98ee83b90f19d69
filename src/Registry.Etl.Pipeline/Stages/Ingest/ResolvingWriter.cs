using Registry.Etl.Core.Data;
using Registry.Etl.Ingest.Contracts;
using Registry.Etl.Ingest.Resolution;
using Registry.Etl.Parquet.Writing;
using Registry.Etl.Pipeline.Tables;

namespace Registry.Etl.Pipeline.Stages.Ingest;

/// <summary>
/// Writes a source's resolved table (latest export wins per source key) from its accepted rows streamed in
/// resolution order (files by export date and name, rows by line), in one pass when it can. Chunks wait in a
/// window of about <c>windowBytes</c> (their estimated size in memory, <see cref="ChunkBytes"/>) before they are written, so a row superseded by a row that
/// follows within the window (a correction in the same or the next export) is dropped before it is written.
/// A row written and superseded later (beyond the window), or rows of a file that failed after some were
/// written, make the first pass's file "unresolved": <see cref="Complete"/> then copies it once more, row
/// group by row group, keeping only the final winners. Either way the file holds the same rows in the same
/// order, so the same inputs give the same bytes. Memory: the window (bounded in bytes, so wide rows do not
/// make it larger), the key index (<see cref="LatestExportIndex"/>: a 128-bit hash and a position per key) and
/// a few integers per run of consecutive rows written.
/// </summary>
internal sealed class ResolvingWriter : IDisposable
{
    private readonly string _path;
    private readonly string _firstPass;
    private readonly TableSchema _schema;
    private readonly ParquetWriterOptions? _options;
    private readonly long _windowBytes;
    private readonly TableParquetWriter _writer;
    private readonly Queue<(int File, int FirstRow, Table Chunk, KeyHash[] Keys, long Bytes)> _window = new();
    private readonly List<int> _flushedRows = [];
    private readonly List<(int File, int Row, int Count)> _written = []; // runs of consecutive rows, in file order
    private readonly List<(int Table, int Row)> _keep = [];
    private long _windowed;
    private bool _unresolved;

    public ResolvingWriter(string path, TableSchema schema, ParquetWriterOptions? options, long windowBytes)
    {
        _path = path;
        _firstPass = path + ".unresolved";
        _schema = schema;
        _options = options;
        _windowBytes = windowBytes;
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

        // hashed once: the index keeps the hashes, and the flush looks the rows up by them
        var keys = new KeyHash[chunk.RowCount];
        LatestExportIndex.Hash(chunk.GetString(StandardisedSchema.SourceKey), keys);
        Index.Add(keys, Superseded);
        var bytes = ChunkBytes(chunk) + (keys.Length * 16L);
        _window.Enqueue((Index.CurrentFile, first, chunk, keys, bytes));
        _windowed += bytes;
        while (_windowed - _window.Peek().Bytes >= _windowBytes)
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
            _windowed += w.Bytes;
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
        var (file, first, chunk, keys, bytes) = _window.Dequeue();
        _windowed -= bytes;
        var position = Index.PositionOf(file, first);
        var current = Index.CurrentFile;
        var currentStart = Index.CurrentFileStart;
        var run = 0;
        for (var r = 0; r < chunk.RowCount; r++)
        {
            var winner = Index.WinnerPosition(keys[r]);
            var wins = winner == position + r;

            // superseded by a file still being read, which may yet fail (and give the row back): written, resolved at the end
            if (!wins && current >= 0 && winner >= currentStart && file != current)
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

    /// <summary>
    /// An estimate of what <paramref name="chunk"/> holds in memory: per string its object (header, length and
    /// UTF-16 characters) and reference, per other value its width and a validity flag. Equal strings shared
    /// between rows are counted once per row: an over-estimate, which only makes the window shorter.
    /// </summary>
    internal static long ChunkBytes(Table chunk)
    {
        long bytes = 0;
        foreach (var column in chunk.Columns)
        {
            if (column is StringColumn strings)
            {
                foreach (var value in strings.Values)
                {
                    bytes += 8 + (value is null ? 0 : 24 + (2L * value.Length));
                }
            }
            else
            {
                bytes += chunk.RowCount * (1L + column.Schema.Kind switch
                {
                    ColumnKind.Boolean => 1,
                    ColumnKind.Int32 or ColumnKind.Date => 4,
                    ColumnKind.Decimal => 16,
                    _ => 8,
                });
            }
        }

        return bytes;
    }
}
