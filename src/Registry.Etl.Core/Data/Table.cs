namespace Registry.Etl.Core.Data;

/// <summary>An immutable set of equally long columns: the unit that stages hand to each other.</summary>
public sealed class Table
{
    private readonly Column[] _columns;

    public Table(TableSchema schema, IReadOnlyList<Column> columns)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(columns);
        if (schema.Count != columns.Count)
        {
            Throw.Argument("A table needs one column per schema entry.", nameof(columns));
        }

        _columns = [.. columns];
        RowCount = _columns.Length == 0 ? 0 : _columns[0].Length;
        for (var i = 0; i < _columns.Length; i++)
        {
            if (_columns[i].Length != RowCount)
            {
                Throw.Argument($"Column '{schema[i].Name}' has {_columns[i].Length} rows, expected {RowCount}.", nameof(columns));
            }

            if (!ReferenceEquals(_columns[i].Schema, schema[i]) && _columns[i].Schema != schema[i])
            {
                Throw.Argument($"Column {i} does not match its schema entry '{schema[i].Name}'.", nameof(columns));
            }
        }

        Schema = schema;
    }

    public TableSchema Schema { get; }

    public int RowCount { get; }

    public IReadOnlyList<Column> Columns => _columns;

    public Column this[int index] => _columns[index];

    public Column this[string name] => _columns[Schema.IndexOf(name)];

    public Column<T> Get<T>(string name)
        where T : unmanaged =>
        this[name] as Column<T> ?? Throw.InvalidOperation<Column<T>>($"Column '{name}' does not store {typeof(T).Name}.");

    public StringColumn GetString(string name) =>
        this[name] as StringColumn ?? Throw.InvalidOperation<StringColumn>($"Column '{name}' is not a string column.");
}
