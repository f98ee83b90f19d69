namespace Registry.Etl.Core.Data;

/// <summary>
/// Builds a <see cref="Table"/> row by row or column by column. Not thread-safe; one builder per writer.
/// </summary>
public sealed class TableBuilder
{
    private readonly ColumnBuilder[] _builders;

    public TableBuilder(TableSchema schema, int capacity = 1024)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        _builders = new ColumnBuilder[schema.Count];
        for (var i = 0; i < schema.Count; i++)
        {
            _builders[i] = ColumnBuilder.Create(schema[i], capacity);
        }
    }

    public TableSchema Schema { get; }

    public int RowCount => _builders.Length == 0 ? 0 : _builders[0].Count;

    public ColumnBuilder this[int index] => _builders[index];

    public ColumnBuilder this[string name] => _builders[Schema.IndexOf(name)];

    /// <summary>Appends one row of boxed values (null = null): convenient for tests and small tables.</summary>
    public void AddRow(params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != _builders.Length)
        {
            Throw.Argument($"Expected {_builders.Length} values, got {values.Length}.", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            _builders[i].AppendObject(values[i]);
        }
    }

    public Table Build()
    {
        var columns = new Column[_builders.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = _builders[i].Build();
        }

        return new Table(Schema, columns);
    }
}
