namespace Registry.Etl.Parquet.Schema;

/// <summary>A flat Parquet schema: an ordered list of uniquely named columns.</summary>
public sealed class ParquetSchema
{
    private readonly ParquetField[] _fields;
    private readonly Dictionary<string, int> _index;

    public ParquetSchema(IEnumerable<ParquetField> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _fields = [.. fields];
        _index = new Dictionary<string, int>(_fields.Length, StringComparer.Ordinal);
        for (var i = 0; i < _fields.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(_fields[i], nameof(fields));
            if (!_index.TryAdd(_fields[i].Name, i))
            {
                Throw.Argument($"Column name '{_fields[i].Name}' appears twice.", nameof(fields));
            }
        }
    }

    public ParquetSchema(params ParquetField[] fields)
        : this((IEnumerable<ParquetField>)fields)
    {
    }

    public IReadOnlyList<ParquetField> Fields => _fields;

    public int Count => _fields.Length;

    public ParquetField this[int index] => _fields[index];

    public ParquetField this[string name] =>
        _index.TryGetValue(name, out var i) ? _fields[i] : throw new KeyNotFoundException($"No column named '{name}'.");

    /// <summary>The column's position, or -1.</summary>
    public int IndexOf(string name) => _index.TryGetValue(name, out var i) ? i : -1;
}
