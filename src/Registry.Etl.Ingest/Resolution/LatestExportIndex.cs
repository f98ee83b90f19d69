using Registry.Etl.Core.Data;

namespace Registry.Etl.Ingest.Resolution;

/// <summary>
/// Streaming resolution, the same rule as <see cref="ExportResolver"/> (latest export wins per source key;
/// within a file the last row wins) without holding the rows: files are added in resolution order (export
/// date, then name, see <see cref="Order{T}"/>) with only their source keys; <see cref="Winners"/> then says,
/// per file and row, whether that row is the one kept, so a second pass can copy exactly the winning rows,
/// file by file in line order (the order <see cref="ExportResolver"/> gives). Memory: one entry per distinct key.
/// </summary>
public sealed class LatestExportIndex
{
    private readonly Dictionary<string, (int File, int Row)> _winners = new(StringComparer.Ordinal);
    private readonly List<int> _rowCounts = [];
    private long _rowsIn, _byLater, _withinFile;

    /// <summary>Files added so far.</summary>
    public int FileCount => _rowCounts.Count;

    /// <summary>The order files must be added in: by export date, then by name (ordinal).</summary>
    public static IEnumerable<T> Order<T>(IEnumerable<T> files, Func<T, DateOnly> exportDate, Func<T, string> name) =>
        files.OrderBy(exportDate).ThenBy(name, StringComparer.Ordinal);

    /// <summary>Adds the next file (in resolution order) by the source keys of its accepted rows, in line order; returns its number.</summary>
    public int AddFile(IEnumerable<StringColumn> keyChunks)
    {
        ArgumentNullException.ThrowIfNull(keyChunks);
        var file = _rowCounts.Count;
        var row = 0;
        foreach (var keys in keyChunks)
        {
            foreach (var key in keys.Values)
            {
                _rowsIn++;
                ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_winners, key!, out var existed);
                if (existed)
                {
                    if (slot.File == file)
                    {
                        _withinFile++;
                    }
                    else
                    {
                        _byLater++;
                    }
                }

                slot = (file, row++);
            }
        }

        _rowCounts.Add(row);
        return file;
    }

    /// <summary>Per file added, per row: whether it is the winner of its key.</summary>
    public bool[][] Winners()
    {
        var winners = _rowCounts.Select(n => new bool[n]).ToArray();
        foreach (var (file, row) in _winners.Values)
        {
            winners[file][row] = true;
        }

        return winners;
    }

    public ResolutionCounts Counts => new(_rowsIn, _winners.Count, _byLater, _withinFile);
}
