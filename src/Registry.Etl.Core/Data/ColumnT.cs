namespace Registry.Etl.Core.Data;

/// <summary>A column of fixed-size values; nulls are a validity array (true = has a value).</summary>
public sealed class Column<T> : Column
    where T : unmanaged
{
    private readonly T[] _values;
    private readonly bool[]? _valid;
    private readonly int _nullCount;

    /// <param name="schema">Name and kind; the kind must store <typeparamref name="T"/>.</param>
    /// <param name="values">Values, one per row; the value under a null is ignored (conventionally default).</param>
    /// <param name="valid">Null when every row has a value; otherwise true where a row has one.</param>
    public Column(ColumnSchema schema, T[] values, bool[]? valid = null)
        : base(schema, values?.Length ?? 0)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (ColumnStorage.ClrType(schema.Kind) != typeof(T))
        {
            Throw.Argument($"Column '{schema.Name}' of kind {schema.Kind} cannot store {typeof(T).Name}.", nameof(schema));
        }

        if (valid is not null && valid.Length != values.Length)
        {
            Throw.Argument("The validity array must have one entry per value.", nameof(valid));
        }

        _values = values;
        _valid = valid;
        if (valid is not null)
        {
            foreach (var v in valid)
            {
                if (!v)
                {
                    _nullCount++;
                }
            }
        }
    }

    public ReadOnlySpan<T> Values => _values;

    /// <summary>Empty when the column has no nulls.</summary>
    public ReadOnlySpan<bool> Validity => _valid;

    /// <summary>The values as memory, for writers that take them without copying.</summary>
    public ReadOnlyMemory<T> ValuesMemory => _values;

    /// <summary>Empty when the column has no nulls.</summary>
    public ReadOnlyMemory<bool> ValidityMemory => _valid;

    public T this[int row] => _values[row];

    public override int NullCount => _nullCount;

    public override bool IsNull(int row) => _valid is not null && !_valid[row];

    public T? Get(int row) => IsNull(row) ? null : _values[row];

    public override object? GetValue(int row) => IsNull(row) ? null : _values[row];
}
