using Registry.Etl.Core.Data;

namespace Registry.Etl.Ingest.Standardising;

/// <summary>
/// The standardised values of the row being read, held until the row is accepted (then appended to the
/// column builders) or quarantined (then dropped), so a rejected row never leaves half its values behind.
/// </summary>
internal sealed class RowSink
{
    private readonly ColumnKind[] _kinds;
    private readonly int _capacity;
    private readonly List<Table> _chunks = [];
    private readonly Action<Table>? _onChunk;
    private object[] _builders;
    private readonly long[] _numbers;
    private readonly string?[] _strings;
    private readonly bool[] _set;

    /// <param name="onChunk">Takes each full chunk (and the last one on <see cref="Build"/>) instead of the sink keeping it: streaming.</param>
    public RowSink(TableSchema schema, int capacity, Action<Table>? onChunk = null)
    {
        Schema = schema;
        _onChunk = onChunk;
        _kinds = [.. schema.Select(c => c.Kind)];
        _capacity = capacity;
        _builders = NewBuilders();

        _numbers = new long[schema.Count];
        _strings = new string?[schema.Count];
        _set = new bool[schema.Count];
    }

    public TableSchema Schema { get; }

    /// <summary>Rows in the chunk being filled.</summary>
    public int RowCount => ((ColumnBuilder)_builders[0]).Count;

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

    public void Commit()
    {
        Append(_numbers, _strings, _set);
        Clear();
        CloseFullChunk();
    }

    /// <summary>The pending row as a copy (for a reader thread to hand over), then cleared.</summary>
    public PendingRow Take()
    {
        var row = new PendingRow((long[])_numbers.Clone(), (string?[])_strings.Clone(), (bool[])_set.Clone());
        Array.Clear(_numbers);
        Clear();
        return row;
    }

    /// <summary>Appends a row taken from another sink of the same schema.</summary>
    public void Commit(PendingRow row)
    {
        Append(row.Numbers, row.Strings, row.Set);
        CloseFullChunk();
    }

    private void Append(long[] numbers, string?[] strings, bool[] isSet)
    {
        for (var i = 0; i < _kinds.Length; i++)
        {
            var set = isSet[i];
            switch (_kinds[i])
            {
                case ColumnKind.Int32 or ColumnKind.Date:
                    Append((ColumnBuilder<int>)_builders[i], set, (int)numbers[i]);
                    break;
                case ColumnKind.Double:
                    Append((ColumnBuilder<double>)_builders[i], set, BitConverter.Int64BitsToDouble(numbers[i]));
                    break;
                case ColumnKind.Boolean:
                    Append((ColumnBuilder<bool>)_builders[i], set, numbers[i] != 0);
                    break;
                default:
                    ((StringColumnBuilder)_builders[i]).Append(set ? strings[i] : null);
                    break;
            }
        }
    }

    private void CloseFullChunk()
    {
        if (RowCount >= _capacity)
        {
            // a full chunk becomes a table of exactly its rows, so a large file never needs one array of all its rows
            Emit(BuildChunk());
            _builders = NewBuilders();
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
        if (RowCount > 0)
        {
            Emit(BuildChunk());
            _builders = NewBuilders();
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
        var columns = new Column[_builders.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = ((ColumnBuilder)_builders[i]).Build();
        }

        return new Table(Schema, columns);
    }

    private object[] NewBuilders()
    {
        var builders = new object[Schema.Count];
        for (var i = 0; i < builders.Length; i++)
        {
            builders[i] = ColumnBuilder.Create(Schema[i], Math.Min(_capacity, 1024));
        }

        return builders;
    }

    private static void Append<T>(ColumnBuilder<T> builder, bool set, T value)
        where T : unmanaged
    {
        if (set)
        {
            builder.Append(value);
        }
        else
        {
            builder.AppendNull();
        }
    }
}

/// <summary>One accepted row's standardised values, handed from the thread that standardised it to the one that keeps it.</summary>
internal sealed record PendingRow(long[] Numbers, string?[] Strings, bool[] Set);
