using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Data;

/// <summary>
/// The values of one column for a batch of rows, as the writer takes them and the reader returns them:
/// a typed <see cref="ReadOnlyMemory{T}"/> over the caller's array (never copied) and an optional
/// validity mask (true = the row has a value; empty = no nulls). For strings and binary a null reference
/// is also a null. Values under a null are ignored.
/// </summary>
/// <remarks>
/// A caller that fills reusable buffers batch after batch can create one instance per buffer and pass the
/// batch's row count to <see cref="Writing.ParquetFileWriter.WriteBatch"/>: only the first rows are read.
/// </remarks>
public abstract class ParquetColumnData
{
    private protected ParquetColumnData(ReadOnlyMemory<bool> validity) => Validity = validity;

    public abstract ParquetValueKind Kind { get; }

    /// <summary>Number of values available (the writer reads the first rowCount of them).</summary>
    public abstract int Length { get; }

    /// <summary>True where a row has a value; empty when no row is null.</summary>
    public ReadOnlyMemory<bool> Validity { get; }

    public bool HasValidity => !Validity.IsEmpty;

    public abstract bool IsNull(int row);

    /// <summary>The value boxed, or null: for tests, diagnostics and small outputs, never hot loops.</summary>
    public abstract object? GetValue(int row);

    /// <summary>Rows <paramref name="start"/> .. <paramref name="start"/> + <paramref name="length"/> - 1 as a column of their own, without copying them.</summary>
    public abstract ParquetColumnData Slice(int start, int length);

    public static ParquetColumnData<bool> Boolean(ReadOnlyMemory<bool> values, ReadOnlyMemory<bool> validity = default) =>
        new(ParquetValueKind.Boolean, values, validity);

    /// <summary>INT32, DATE (days since 1970-01-01), INT(8/16/32).</summary>
    public static ParquetColumnData<int> Int32(ReadOnlyMemory<int> values, ReadOnlyMemory<bool> validity = default) =>
        new(ParquetValueKind.Int32, values, validity);

    /// <summary>INT64, TIMESTAMP (in the field's unit since the epoch), INT(64).</summary>
    public static ParquetColumnData<long> Int64(ReadOnlyMemory<long> values, ReadOnlyMemory<bool> validity = default) =>
        new(ParquetValueKind.Int64, values, validity);

    public static ParquetColumnData<float> Float(ReadOnlyMemory<float> values, ReadOnlyMemory<bool> validity = default) =>
        new(ParquetValueKind.Float, values, validity);

    public static ParquetColumnData<double> Double(ReadOnlyMemory<double> values, ReadOnlyMemory<bool> validity = default) =>
        new(ParquetValueKind.Double, values, validity);

    public static ParquetColumnData<decimal> Decimal(ReadOnlyMemory<decimal> values, ReadOnlyMemory<bool> validity = default) =>
        new(ParquetValueKind.Decimal, values, validity);

    /// <summary>STRING; a null reference is a null value.</summary>
    public static ParquetColumnData<string?> String(ReadOnlyMemory<string?> values, ReadOnlyMemory<bool> validity = default) =>
        new(ParquetValueKind.String, values, validity);

    /// <summary>BYTE_ARRAY or FIXED_LEN_BYTE_ARRAY; a null reference is a null value.</summary>
    public static ParquetColumnData<byte[]?> Binary(ReadOnlyMemory<byte[]?> values, ReadOnlyMemory<bool> validity = default) =>
        new(ParquetValueKind.Binary, values, validity);
}
