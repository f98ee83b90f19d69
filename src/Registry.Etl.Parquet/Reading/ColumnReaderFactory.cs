using Registry.Etl.Parquet.Data;
using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Reading;

/// <summary>Picks the column reader for a field's physical type and value kind.</summary>
internal static class ColumnReaderFactory
{
    public static ColumnReader Create(ParquetField field, ParquetErrorLocation location) => (field.PhysicalType, field.ValueKind) switch
    {
        (ParquetPhysicalType.Boolean, _) => new BooleanColumnReader(field, location),
        (ParquetPhysicalType.Int32, ParquetValueKind.Decimal) => new DecimalIntColumnReader<int>(field, location, static v => v),
        (ParquetPhysicalType.Int64, ParquetValueKind.Decimal) => new DecimalIntColumnReader<long>(field, location, static v => v),
        (ParquetPhysicalType.Int32, _) => new FixedColumnReader<int>(field, location, static (v, m) => ParquetColumnData.Int32(v, m)),
        (ParquetPhysicalType.Int64, _) => new FixedColumnReader<long>(field, location, static (v, m) => ParquetColumnData.Int64(v, m)),
        (ParquetPhysicalType.Int96, _) => new Int96ColumnReader(field, location),
        (ParquetPhysicalType.Float, _) => new FixedColumnReader<float>(field, location, static (v, m) => ParquetColumnData.Float(v, m)),
        (ParquetPhysicalType.Double, _) => new FixedColumnReader<double>(field, location, static (v, m) => ParquetColumnData.Double(v, m)),
        (_, ParquetValueKind.Decimal) => new DecimalBytesColumnReader(field, location),
        (_, ParquetValueKind.String) => new StringColumnReader(field, location),
        _ => new BinaryColumnReader(field, location),
    };
}
