using System.Runtime.InteropServices;
using Registry.Etl.Core.Data;

namespace Registry.Etl.Ingest.Resolution;

/// <summary>
/// Streaming resolution, the same rule as <see cref="ExportResolver"/> (latest export wins per source key;
/// within a file the last row wins) without holding the rows: the source keys of the accepted rows are added
/// file by file in resolution order (export date, then name: <see cref="Order{T}"/>), chunk by chunk in line
/// order; the index keeps, per key, the file and row that wins so far. A file is added between
/// <see cref="BeginFile"/> and <see cref="CommitFile"/>, or <see cref="AbortFile"/> when it fails part-way,
/// which undoes its keys. Memory: one entry per distinct key (plus, while a file is read, one undo entry per
/// key of an earlier file that it supersedes).
/// </summary>
public sealed class LatestExportIndex
{
    private readonly Dictionary<string, (int File, int Row)> _winners = new(StringComparer.Ordinal);
    private readonly List<(string Key, (int File, int Row) Previous)> _undo = [];
    private long _rowsIn, _byLater, _withinFile;
    private long _fileRows, _fileByLater, _fileWithin;

    /// <summary>The file being added, or -1 between files.</summary>
    public int CurrentFile { get; private set; } = -1;

    /// <summary>Files begun so far (committed or aborted).</summary>
    public int FileCount { get; private set; }

    /// <summary>Rows of the current file added so far.</summary>
    public int CurrentRow { get; private set; }

    /// <summary>The order files must be added in: by export date, then by name (ordinal).</summary>
    public static IEnumerable<T> Order<T>(IEnumerable<T> files, Func<T, DateOnly> exportDate, Func<T, string> name) =>
        files.OrderBy(exportDate).ThenBy(name, StringComparer.Ordinal);

    /// <summary>Starts the next file (in resolution order); returns its number.</summary>
    public int BeginFile()
    {
        if (CurrentFile >= 0)
        {
            throw new InvalidOperationException("The previous file was neither committed nor aborted.");
        }

        CurrentFile = FileCount++;
        CurrentRow = 0;
        _undo.Clear();
        (_fileRows, _fileByLater, _fileWithin) = (0, 0, 0);
        return CurrentFile;
    }

    /// <summary>
    /// Adds the keys of the current file's next rows. <paramref name="superseded"/> is told every (file, row)
    /// that stops winning because of them.
    /// </summary>
    public void Add(StringColumn keys, Action<int, int>? superseded = null)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (CurrentFile < 0)
        {
            throw new InvalidOperationException("No file begun.");
        }

        foreach (var key in keys.Values)
        {
            _fileRows++;
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_winners, key!, out var existed);
            if (existed)
            {
                if (slot.File == CurrentFile)
                {
                    _fileWithin++;
                }
                else
                {
                    // the winner of an earlier file, given back if this file fails
                    _fileByLater++;
                    _undo.Add((key!, slot));
                }

                superseded?.Invoke(slot.File, slot.Row);
            }

            slot = (CurrentFile, CurrentRow++);
        }
    }

    /// <summary>The current file was read whole: its keys stay.</summary>
    public void CommitFile()
    {
        _rowsIn += _fileRows;
        _byLater += _fileByLater;
        _withinFile += _fileWithin;
        _undo.Clear();
        CurrentFile = -1;
    }

    /// <summary>The current file failed: the index is as if it had never been added.</summary>
    public void AbortFile()
    {
        foreach (var (key, previous) in _undo)
        {
            _winners[key] = previous;
        }

        // the keys the file brought (a rare, whole-index scan: a file fails seldom)
        var file = CurrentFile;
        foreach (var key in _winners.Where(w => w.Value.File == file).Select(w => w.Key).ToArray())
        {
            _winners.Remove(key);
        }

        _undo.Clear();
        CurrentFile = -1;
    }

    /// <summary>Whether row <paramref name="row"/> of file <paramref name="file"/>, of source key <paramref name="key"/>, wins so far.</summary>
    public bool IsWinner(string key, int file, int row) => _winners.TryGetValue(key, out var w) && w.File == file && w.Row == row;

    /// <summary>The file and row that win <paramref name="key"/> so far.</summary>
    public (int File, int Row) WinnerOf(string key) => _winners[key];

    /// <summary>The counts of the committed files.</summary>
    public ResolutionCounts Counts => new(_rowsIn, _winners.Count, _byLater, _withinFile);
}
