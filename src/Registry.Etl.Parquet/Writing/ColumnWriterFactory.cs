using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Writing;

/// <summary>Picks the column writer for a field's physical and logical type.</summary>
internal static class ColumnWriterFactory
{
    public static ColumnWriter Create(ParquetField field, ParquetWriterOptions options)
    {
        if (field.LogicalType == ParquetLogicalType.Decimal)
        {
            return field.PhysicalType switch
            {
                ParquetPhysicalType.Int32 => new DecimalColumnWriter<int, Int32Traits>(field, options, 4, static v => (int)v),
                ParquetPhysicalType.Int64 => new DecimalColumnWriter<long, Int64Traits>(field, options, 8, static v => (long)v),
                _ => new DecimalColumnWriter<Int128, DecimalFixedTraits>(field, options, field.TypeLength, static v => v),
            };
        }

        if (field.LogicalType == ParquetLogicalType.Integer && field.BitWidth < 32)
        {
            return new NarrowIntColumnWriter(field, options);
        }

        return field.PhysicalType switch
        {
            ParquetPhysicalType.Boolean => new BooleanColumnWriter(field, options),
            ParquetPhysicalType.Int32 => new FixedWidthColumnWriter<int, Int32Traits>(field, options, 4),
            ParquetPhysicalType.Int64 => new FixedWidthColumnWriter<long, Int64Traits>(field, options, 8),
            ParquetPhysicalType.Float => new FixedWidthColumnWriter<float, FloatTraits>(field, options, 4),
            ParquetPhysicalType.Double => new FixedWidthColumnWriter<double, DoubleTraits>(field, options, 8),
            ParquetPhysicalType.ByteArray or ParquetPhysicalType.FixedLenByteArray => new ByteArrayColumnWriter(field, options),
            _ => Throw.NotSupported<ColumnWriter>($"Writing {field.PhysicalTypeDisplay} columns is not supported", new ParquetErrorLocation(Column: field.Name)),
        };
    }
}
