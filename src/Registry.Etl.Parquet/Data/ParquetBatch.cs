using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Data;

/// <summary>Rows of a Parquet file as columns: what the reader returns for a row group or a whole file.</summary>
public sealed class ParquetBatch
{
    private readonly ParquetColumnData[] _columns;

    public ParquetBatch(ParquetSchema schema, int rowCount, IReadOnlyList<ParquetColumnData> columns)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Count != schema.Count)
        {
            Throw.Argument("A batch needs one column per schema field.", nameof(columns));
        }

        Schema = schema;
        RowCount = rowCount;
        _columns = [.. columns];
    }

    public ParquetSchema Schema { get; }

    public int RowCount { get; }

    public IReadOnlyList<ParquetColumnData> Columns => _columns;

    public ParquetColumnData this[int index] => _columns[index];

    public ParquetColumnData this[string name] => _columns[Schema.IndexOf(name) is var i and >= 0 ? i : throw new KeyNotFoundException($"No column named '{name}'.")];

    /// <summary>The column's typed values, e.g. <c>batch.Get&lt;long&gt;("id")</c>.</summary>
    public ParquetColumnData<T> Get<T>(string name) =>
        this[name] as ParquetColumnData<T> ?? throw new InvalidOperationException($"Column '{name}' does not hold {typeof(T).Name} values.");
}
