using Registry.Etl.Parquet.Data;
using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Tests.Support;

/// <summary>Short ways to build a <see cref="TestColumn"/> from typed arrays.</summary>
internal static class Column
{
    public static TestColumn Of(ParquetField field, bool[] values, bool[]? valid = null) => new(field, ParquetColumnData.Boolean(values, valid));

    public static TestColumn Of(ParquetField field, int[] values, bool[]? valid = null) => new(field, ParquetColumnData.Int32(values, valid));

    public static TestColumn Of(ParquetField field, long[] values, bool[]? valid = null) => new(field, ParquetColumnData.Int64(values, valid));

    public static TestColumn Of(ParquetField field, float[] values, bool[]? valid = null) => new(field, ParquetColumnData.Float(values, valid));

    public static TestColumn Of(ParquetField field, double[] values, bool[]? valid = null) => new(field, ParquetColumnData.Double(values, valid));

    public static TestColumn Of(ParquetField field, decimal[] values, bool[]? valid = null) => new(field, ParquetColumnData.Decimal(values, valid));

    public static TestColumn Of(ParquetField field, string?[] values, bool[]? valid = null) => new(field, ParquetColumnData.String(values, valid));

    public static TestColumn Of(ParquetField field, byte[]?[] values, bool[]? valid = null) => new(field, ParquetColumnData.Binary(values, valid));
}
