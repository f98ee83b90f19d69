using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Data;

/// <summary>A column's values of one .NET type; create through the factories on <see cref="ParquetColumnData"/>.</summary>
public sealed class ParquetColumnData<T> : ParquetColumnData
{
    internal ParquetColumnData(ParquetValueKind kind, ReadOnlyMemory<T> values, ReadOnlyMemory<bool> validity)
        : base(validity)
    {
        if (!validity.IsEmpty && validity.Length < values.Length)
        {
            Throw.Argument("The validity mask must cover every value.", nameof(validity));
        }

        Kind = kind;
        Values = values;
    }

    public override ParquetValueKind Kind { get; }

    public ReadOnlyMemory<T> Values { get; }

    public override int Length => Values.Length;

    public T this[int row] => Values.Span[row];

    public override bool IsNull(int row) =>
        (HasValidity && !Validity.Span[row]) || (Kind is ParquetValueKind.String or ParquetValueKind.Binary && Values.Span[row] is null);

    public override object? GetValue(int row) => IsNull(row) ? null : Values.Span[row];

    public override ParquetColumnData Slice(int start, int length) =>
        new ParquetColumnData<T>(Kind, Values.Slice(start, length), HasValidity ? Validity.Slice(start, length) : default);
}
