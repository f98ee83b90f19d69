using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Registry.Etl.Core.Data;

namespace Registry.Etl.Ingest.Standardising;

/// <summary>
/// The standardised values of the row being read, held until the row is accepted (then appended to the
/// chunk's columns) or quarantined (then dropped), so a rejected row never leaves half its values behind.
/// A worker's sink hands its pending row over with <see cref="Take"/>; the keeping sink appends it with
/// <see cref="Commit(PendingRow)"/> and gives it back to the shared <see cref="PendingRowPool"/>, so a file of
/// millions of rows allocates a few thousand pending rows, not one per row. A full chunk's columns are arrays
/// of exactly the chunk's capacity, handed to the chunk table without a copy. The arrays start small and
/// double as rows arrive, until one chunk has filled: a national run has thousands of hospital exports of a
/// few dozen rows each, and arrays of the full capacity (tens of MB to zero per file) cost more than parsing them.
/// </summary>
internal sealed class RowSink
{
    /// <summary>Rows of a new chunk's arrays until one chunk has filled: a hospital export of a few dozen rows fits.</summary>
    private const int FirstRows = 1024;

    private readonly ColumnKind[] _kinds;
    private readonly int _capacity;
    private readonly List<Table> _chunks = [];
    private readonly Action<Table>? _onChunk;
    private readonly PendingRowPool _pool;
    private Array[] _columns = [];
    private int _size;
    private bool _filledOnce;
    private bool[]?[] _valid = [];
    private int _rows;
    private long[] _numbers;
    private string?[] _strings;
    private bool[] _set;

    /// <param name="onChunk">Takes each full chunk (and the last one on <see cref="Build"/>) instead of the sink keeping it: streaming.</param>
    public RowSink(TableSchema schema, int capacity, PendingRowPool pool, Action<Table>? onChunk = null)
    {
        Schema = schema;
        _onChunk = onChunk;
        _pool = pool;
        _kinds = [.. schema.Select(c => c.Kind)];
        _capacity = capacity;
        _numbers = new long[schema.Count];
        _strings = new string?[schema.Count];
        _set = new bool[schema.Count];
    }

    public TableSchema Schema { get; }

    /// <summary>Rows in the chunk being filled.</summary>
    public int RowCount => _rows;

    public void Int(int output, int value)
    {
        _numbers[output] = value;
        _set[output] = true;
    }

    public void Double(int output, double value)
    {
        _numbers[output] = BitConverter.DoubleToInt64Bits(value);
        _set[output] = true;
    }

    public void Bool(int output, bool value)
    {
        _numbers[output] = value ? 1 : 0;
        _set[output] = true;
    }

    public void String(int output, string value)
    {
        _strings[output] = value;
        _set[output] = true;
    }

    /// <summary>The pending row, handed over (for a reader thread to commit); this sink continues with a cleared one.</summary>
    public PendingRow Take()
    {
        var row = _pool.Rent(_kinds.Length);
        (row.Numbers, _numbers) = (_numbers, row.Numbers);
        (row.Strings, _strings) = (_strings, row.Strings);
        (row.Set, _set) = (_set, row.Set);
        Clear();
        return row;
    }

    /// <summary>Appends a row taken from another sink of the same schema, and returns it to the pool.</summary>
    public void Commit(PendingRow row)
    {
        if (_rows == 0)
        {
            NewColumns();
        }

        var (numbers, strings, isSet) = (row.Numbers, row.Strings, row.Set);
        var r = _rows;
        if (r == _size)
        {
            Grow();
        }

        for (var i = 0; i < _kinds.Length; i++)
        {
            var set = isSet[i];
            if (!set && _kinds[i] != ColumnKind.String)
            {
                (_valid[i] ??= NewValid())[r] = false;
            }

            // the columns are made by NewColumns with exactly these element types: no cast checks per value
            var column = _columns[i];
            switch (_kinds[i])
            {
                case ColumnKind.Int32 or ColumnKind.Date:
                    Unsafe.As<int[]>(column)[r] = set ? (int)numbers[i] : 0;
                    break;
                case ColumnKind.Double:
                    Unsafe.As<double[]>(column)[r] = set ? BitConverter.Int64BitsToDouble(numbers[i]) : 0;
                    break;
                case ColumnKind.Boolean:
                    Unsafe.As<bool[]>(column)[r] = set && numbers[i] != 0;
                    break;
                default:
                    Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Unsafe.As<string?[]>(column)), r) = set ? strings[i] : null;
                    break;
            }
        }

        _rows++;
        _pool.Return(row);
        if (_rows >= _capacity)
        {
            // a full chunk becomes a table of exactly its rows, so a large file never needs one array of all its rows
            Emit(BuildChunk());
        }
    }

    public void Clear()
    {
        Array.Clear(_set);
        Array.Clear(_strings);
    }

    /// <summary>The accepted rows, as tables of at most the chunk capacity each (none when no row was accepted, or when streaming).</summary>
    public IReadOnlyList<Table> Build()
    {
        if (_rows > 0)
        {
            Emit(BuildChunk());
        }

        return [.. _chunks];
    }

    private void Emit(Table chunk)
    {
        if (_onChunk is null)
        {
            _chunks.Add(chunk);
        }
        else
        {
            _onChunk(chunk);
        }
    }

    private Table BuildChunk()
    {
        var columns = new Column[_kinds.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            var valid = _valid[i] is { } v ? Exact(v) : null;
            columns[i] = _kinds[i] switch
            {
                ColumnKind.Int32 or ColumnKind.Date => new Column<int>(Schema[i], Exact((int[])_columns[i]), valid),
                ColumnKind.Double => new Column<double>(Schema[i], Exact((double[])_columns[i]), valid),
                ColumnKind.Boolean => new Column<bool>(Schema[i], Exact((bool[])_columns[i]), valid),
                _ => new StringColumn(Schema[i], Exact((string?[])_columns[i])),
            };
        }

        _rows = 0;
        return new Table(Schema, columns);
    }

    private T[] Exact<T>(T[] values) => values.Length == _rows ? values : values.AsSpan(0, _rows).ToArray();

    private void NewColumns()
    {
        _size = _filledOnce ? _capacity : Math.Min(_capacity, FirstRows);
        _columns = new Array[_kinds.Length];
        _valid = new bool[_kinds.Length][];
        for (var i = 0; i < _kinds.Length; i++)
        {
            _columns[i] = _kinds[i] switch
            {
                ColumnKind.Int32 or ColumnKind.Date => new int[_size],
                ColumnKind.Double => new double[_size],
                ColumnKind.Boolean => new bool[_size],
                _ => new string?[_size],
            };
        }
    }

    /// <summary>Doubles the chunk's arrays (up to the capacity); the new validity entries are valid until a null is set.</summary>
    private void Grow()
    {
        var size = (int)Math.Min(_capacity, 2L * _size);
        for (var i = 0; i < _kinds.Length; i++)
        {
            _columns[i] = _kinds[i] switch
            {
                ColumnKind.Int32 or ColumnKind.Date => Resized((int[])_columns[i], size),
                ColumnKind.Double => Resized((double[])_columns[i], size),
                ColumnKind.Boolean => Resized((bool[])_columns[i], size),
                _ => Resized((string?[])_columns[i], size),
            };
            if (_valid[i] is { } valid)
            {
                var grown = Resized(valid, size);
                grown.AsSpan(_size).Fill(true);
                _valid[i] = grown;
            }
        }

        _size = size;
        _filledOnce |= size == _capacity;
    }

    private static T[] Resized<T>(T[] values, int size)
    {
        var grown = new T[size];
        values.AsSpan().CopyTo(grown);
        return grown;
    }

    /// <summary>Validity for a column's first null: every row before it is valid.</summary>
    private bool[] NewValid()
    {
        var valid = new bool[_size];
        Array.Fill(valid, true);
        return valid;
    }
}

/// <summary>One accepted row's standardised values, handed from the thread that standardised it to the one that keeps it.</summary>
internal sealed class PendingRow(int columns)
{
    public long[] Numbers { get; set; } = new long[columns];

    public string?[] Strings { get; set; } = new string?[columns];

    public bool[] Set { get; set; } = new bool[columns];
}

/// <summary>Pending rows given back by the keeping sink for the workers to reuse (thread-safe; bounded).</summary>
internal sealed class PendingRowPool
{
    private const int MaxKept = 1 << 16;
    private readonly ConcurrentQueue<PendingRow> _free = new();

    public PendingRow Rent(int columns) => _free.TryDequeue(out var row) ? row : new PendingRow(columns);

    public void Return(PendingRow row)
    {
        if (_free.Count < MaxKept)
        {
            _free.Enqueue(row);
        }
    }
}
