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

    /// <summary>
    /// A column whose rows also carry the number of their value, from a source that has them already (a key index
    /// of an ingested column): equal numbers for equal values, different numbers for different values, -1 for null,
    /// each in 0..<paramref name="valueIdCount"/>-1. Consumers that dictionary-encode a column (the linker) then
    /// number its rows without hashing their text.
    /// </summary>
    public StringColumn(ColumnSchema schema, string?[] values, int[] valueIds, int valueIdCount)
        : this(schema, values)
    {
        ArgumentNullException.ThrowIfNull(valueIds);
        if (valueIds.Length != values.Length)
        {
            Throw.Argument($"Column '{schema.Name}': {valueIds.Length} value ids for {values.Length} rows.", nameof(valueIds));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(valueIdCount);
        ValueIds = valueIds;
        ValueIdCount = valueIdCount;
    }

    public ReadOnlySpan<string?> Values => _values;

    /// <summary>The number of each row's value when the column was made with them (see the constructor), else null.</summary>
    public int[]? ValueIds { get; }

    /// <summary>How many value numbers <see cref="ValueIds"/> may use (0 without them).</summary>
    public int ValueIdCount { get; }

    /// <summary>The values as memory, for writers that take them without copying.</summary>
    public ReadOnlyMemory<string?> ValuesMemory => _values;

    public string? this[int row] => _values[row];

    public override int NullCount => _nullCount;

    public override bool IsNull(int row) => _values[row] is null;

    public override object? GetValue(int row) => _values[row];
}
