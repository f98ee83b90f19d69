namespace Registry.Etl.Core.Data;

/// <summary>A column of strings; a null entry is a null value (an empty string is a value).</summary>
public sealed class StringColumn : Column
{
    private readonly string?[] _values;
    private readonly int _nullCount;

    public StringColumn(ColumnSchema schema, string?[] values)
        : base(schema, values?.Length ?? 0)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (schema.Kind != ColumnKind.String)
        {
            Throw.Argument($"Column '{schema.Name}' of kind {schema.Kind} is not a string column.", nameof(schema));
        }

        _values = values;
        foreach (var v in values)
        {
            if (v is null)
            {
                _nullCount++;
            }
        }
    }

    public ReadOnlySpan<string?> Values => _values;

    /// <summary>The values as memory, for writers that take them without copying.</summary>
    public ReadOnlyMemory<string?> ValuesMemory => _values;

    public string? this[int row] => _values[row];

    public override int NullCount => _nullCount;

    public override bool IsNull(int row) => _values[row] is null;

    public override object? GetValue(int row) => _values[row];
}
