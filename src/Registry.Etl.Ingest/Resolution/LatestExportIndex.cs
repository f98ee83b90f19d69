using Registry.Etl.Core.Data;

namespace Registry.Etl.Ingest.Resolution;

/// <summary>
/// Streaming resolution, the same rule as <see cref="ExportResolver"/> (latest export wins per source key;
/// within a file the last row wins) without holding the rows: the source keys of the accepted rows are added
/// file by file in resolution order (export date, then name: <see cref="Order{T}"/>), chunk by chunk in line
/// order; the index keeps, per key, the row that wins so far. A file is added between
/// <see cref="BeginFile"/> and <see cref="CommitFile"/>, or <see cref="AbortFile"/> when it fails part-way,
/// which undoes its keys.
/// <para>
/// Memory: keys are held as their 128-bit <see cref="KeyHash"/> (why that is exact in practice: see there)
/// with the winner's <em>position</em> (its row number over all files added so far, a 32-bit count), in a
/// <see cref="KeyHashTable"/>: 25-38 bytes per distinct key, no string and no object per key (the national
/// LBZ's 20 million keys: ~0.6 GB, where a dictionary of strings held ~2 GB and twice its bucket arrays
/// while growing). While a file is read, one 20-byte undo entry per key of an earlier file that it supersedes.
/// And one bit per row added: whether a later row has superseded it (<see cref="IsSuperseded"/>), so that
/// once all files are added their rows can be filtered without hashing their keys again.
/// </para>
/// </summary>
public sealed class LatestExportIndex
{
    private readonly KeyHashTable _winners = new();
    private readonly List<long> _fileStarts = [];
    private readonly List<(KeyHash Key, uint Previous)> _undo = [];
    private ulong[] _superseded = new ulong[1024];
    private KeyHash[] _hashes = [];
    private long _rowsIn, _byLater, _withinFile;
    private long _fileRows, _fileByLater, _fileWithin;
    private long _nextPosition;

    /// <summary>The file being added, or -1 between files.</summary>
    public int CurrentFile { get; private set; } = -1;

    /// <summary>Files begun so far (committed or aborted).</summary>
    public int FileCount => _fileStarts.Count;

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

        CurrentFile = _fileStarts.Count;
        _fileStarts.Add(_nextPosition);
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

        // one buffer for every chunk: a 64K-row chunk's hashes are a 1 MB (large-object heap) array
        if (_hashes.Length < keys.Length)
        {
            _hashes = new KeyHash[keys.Length];
        }

        var hashes = _hashes.AsSpan(0, keys.Length);
        Hash(keys, hashes);
        Add(hashes, superseded);
    }

    /// <summary>The hashes of <paramref name="keys"/>, into <paramref name="hashes"/> (as long as the column).</summary>
    public static void Hash(StringColumn keys, Span<KeyHash> hashes)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var values = keys.Values;
        for (var r = 0; r < values.Length; r++)
        {
            hashes[r] = KeyHash.Of(values[r] ?? throw new ArgumentException("A source key is null.", nameof(keys)));
        }
    }

    /// <summary>As <see cref="Add(StringColumn, Action{int, int})"/>, with the keys already hashed (<see cref="Hash"/>).</summary>
    public void Add(ReadOnlySpan<KeyHash> keys, Action<int, int>? superseded = null)
    {
        if (CurrentFile < 0)
        {
            throw new InvalidOperationException("No file begun.");
        }

        if (_nextPosition + keys.Length >= uint.MaxValue)
        {
            throw new InvalidOperationException($"More than {uint.MaxValue - 1} rows in one source: the index counts rows in 32 bits.");
        }

        var currentStart = _fileStarts[CurrentFile];
        foreach (var key in keys)
        {
            _fileRows++;
            ref var slot = ref _winners.GetOrAdd(key, out var existed);
            if (existed)
            {
                var previous = slot - 1;
                if (previous >= currentStart)
                {
                    _fileWithin++;
                }
                else
                {
                    // the winner of an earlier file, given back if this file fails
                    _fileByLater++;
                    _undo.Add((key, slot));
                }

                Mark(previous, true);
                if (superseded is not null)
                {
                    var (file, row) = FileRowOf(previous);
                    superseded(file, row);
                }
            }

            slot = (uint)(_nextPosition++ + 1);
            CurrentRow++;
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
            _winners.GetOrAdd(key, out _) = previous;
            Mark(previous - 1, false);
        }

        // the keys the file brought (a rare, whole-index scan: a file fails seldom)
        var start = _fileStarts[CurrentFile];
        _winners.RemoveWhere(v => v - 1 >= start);
        _undo.Clear();
        CurrentFile = -1;
    }

    /// <summary>
    /// Whether the row at <paramref name="position"/> (of a committed file) has been superseded by a later row
    /// of its key: when every file has been added, the rows that are not are exactly the winners.
    /// </summary>
    public bool IsSuperseded(long position) =>
        position >> 6 < _superseded.Length && (_superseded[position >> 6] & (1UL << (int)(position & 63))) != 0;

    /// <summary>
    /// Whether every row of file <paramref name="file"/> (added whole, before the current one) has been superseded, so
    /// its rows need not be read again: a register that delivers everything to date each year (the NKR) supersedes its
    /// earlier exports entirely. A file without rows is wholly superseded.
    /// </summary>
    public bool IsWhollySuperseded(int file)
    {
        if (CurrentFile >= 0 && file >= CurrentFile)
        {
            throw new InvalidOperationException("Only a file added whole can be asked about.");
        }

        var end = file + 1 < _fileStarts.Count ? _fileStarts[file + 1] : _nextPosition;
        for (var p = _fileStarts[file]; p < end;)
        {
            // a word of bits at a time
            var word = p >> 6;
            if (word >= _superseded.Length)
            {
                return false;
            }

            var bit = (int)(p & 63);
            var n = (int)Math.Min(64 - bit, end - p);
            var mask = (n == 64 ? ulong.MaxValue : (1UL << n) - 1) << bit;
            if ((_superseded[word] & mask) != mask)
            {
                return false;
            }

            p += n;
        }

        return true;
    }

    /// <summary>The position (row number over all files begun) of row <paramref name="row"/> of file <paramref name="file"/>.</summary>
    public long PositionOf(int file, int row) => _fileStarts[file] + row;

    /// <summary>The position of the first row of the current file (or of the next file, between files).</summary>
    public long CurrentFileStart => CurrentFile >= 0 ? _fileStarts[CurrentFile] : _nextPosition;

    /// <summary>The position of the row that wins <paramref name="key"/> so far (-1 when no row has it).</summary>
    public long WinnerPosition(KeyHash key) => (long)_winners.Get(key) - 1;

    /// <summary>Whether row <paramref name="row"/> of file <paramref name="file"/>, of source key <paramref name="key"/>, wins so far.</summary>
    public bool IsWinner(string key, int file, int row) => WinnerPosition(KeyHash.Of(key)) == PositionOf(file, row);

    /// <summary>The file and row that win <paramref name="key"/> so far.</summary>
    public (int File, int Row) WinnerOf(string key)
    {
        var position = WinnerPosition(KeyHash.Of(key));
        return position < 0 ? throw new KeyNotFoundException("No row has this source key.") : FileRowOf(position);
    }

    /// <summary>The counts of the committed files.</summary>
    public ResolutionCounts Counts => new(_rowsIn, _winners.Count, _byLater, _withinFile);

    /// <summary>Bytes the index holds (its table and undo list), for reports.</summary>
    public long Bytes => _winners.Bytes + ((long)_undo.Capacity * 24) + (_superseded.Length * 8L);

    private void Mark(long position, bool superseded)
    {
        var word = position >> 6;
        if (word >= _superseded.Length)
        {
            Array.Resize(ref _superseded, (int)Math.Max(word + 1, _superseded.Length * 2L));
        }

        var bit = 1UL << (int)(position & 63);
        _superseded[word] = superseded ? _superseded[word] | bit : _superseded[word] & ~bit;
    }

    private (int File, int Row) FileRowOf(long position)
    {
        var i = _fileStarts.BinarySearch(position);

        // an aborted file may have no rows: the last file starting at or before the position
        if (i < 0)
        {
            i = ~i - 1;
        }
        else
        {
            while (i + 1 < _fileStarts.Count && _fileStarts[i + 1] == position)
            {
                i++;
            }
        }

        return (i, (int)(position - _fileStarts[i]));
    }
}
