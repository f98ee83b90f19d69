namespace Registry.Etl.Core.Data;

/// <summary>
/// An immutable column of values with optional nulls. Typed access goes through
/// <see cref="Column{T}"/> and <see cref="StringColumn"/>; hot loops bind the typed column once and index it.
/// </summary>
public abstract class Column
{
    protected Column(ColumnSchema schema, int length)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        Length = length;
    }

    public ColumnSchema Schema { get; }

    public string Name => Schema.Name;

    public ColumnKind Kind => Schema.Kind;

    public int Length { get; }

    public abstract bool IsNull(int row);

    public abstract int NullCount { get; }

    /// <summary>The value boxed, or null: for tests, diagnostics and small tables, never hot loops.</summary>
    public abstract object? GetValue(int row);
}
