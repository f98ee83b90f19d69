using Registry.Etl.Parquet.Format;
using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Reading;

/// <summary>A column's logical annotation resolved from LogicalType, else ConvertedType, and checked against its physical type.</summary>
internal readonly record struct LogicalAnnotation(
    ParquetLogicalType Type,
    int Precision = 0,
    int Scale = 0,
    ParquetTimeUnit Unit = ParquetTimeUnit.Millis,
    bool IsAdjustedToUtc = false,
    int BitWidth = 0,
    bool IsSigned = true)
{
    public ParquetValueKind ValueKind(ParquetPhysicalType physical)
    {
        if (Type == ParquetLogicalType.Decimal)
        {
            return ParquetValueKind.Decimal;
        }

        return physical switch
        {
            ParquetPhysicalType.Boolean => ParquetValueKind.Boolean,
            ParquetPhysicalType.Int32 => ParquetValueKind.Int32,
            ParquetPhysicalType.Int64 or ParquetPhysicalType.Int96 => ParquetValueKind.Int64,
            ParquetPhysicalType.Float => ParquetValueKind.Float,
            ParquetPhysicalType.Double => ParquetValueKind.Double,
            _ => Type is ParquetLogicalType.String or ParquetLogicalType.Enum or ParquetLogicalType.Json
                ? ParquetValueKind.String
                : ParquetValueKind.Binary,
        };
    }

    public static LogicalAnnotation From(SchemaElement e, ParquetPhysicalType physical, ParquetErrorLocation where)
    {
        var annotation = e.LogicalTypeId is { } id ? FromLogicalType(e, id) : FromConvertedType(e);
        annotation.Check(e.Name, physical, where);
        return annotation;
    }

    private static LogicalAnnotation FromLogicalType(SchemaElement e, short id) => id switch
    {
        1 => new(ParquetLogicalType.String),
        4 => new(ParquetLogicalType.Enum),
        5 => new(ParquetLogicalType.Decimal, Precision: e.LogicalPrecision, Scale: e.LogicalScale),
        6 => new(ParquetLogicalType.Date),
        7 => new(ParquetLogicalType.Time, Unit: UnitOf(e.LogicalTimeUnit), IsAdjustedToUtc: e.LogicalIsAdjustedToUtc),
        8 => new(ParquetLogicalType.Timestamp, Unit: UnitOf(e.LogicalTimeUnit), IsAdjustedToUtc: e.LogicalIsAdjustedToUtc),
        10 => new(ParquetLogicalType.Integer, BitWidth: e.LogicalBitWidth, IsSigned: e.LogicalIsSigned),
        11 => new(ParquetLogicalType.Null),
        12 => new(ParquetLogicalType.Json),
        13 => new(ParquetLogicalType.Bson),
        14 => new(ParquetLogicalType.Uuid),
        15 => new(ParquetLogicalType.Float16),
        _ => new(ParquetLogicalType.Other),
    };

    private static LogicalAnnotation FromConvertedType(SchemaElement e) => e.ConvertedType switch
    {
        null => new(ParquetLogicalType.None),
        0 => new(ParquetLogicalType.String),
        4 => new(ParquetLogicalType.Enum),
        5 => new(ParquetLogicalType.Decimal, Precision: e.Precision ?? 0, Scale: e.Scale ?? 0),
        6 => new(ParquetLogicalType.Date),
        7 => new(ParquetLogicalType.Time, Unit: ParquetTimeUnit.Millis, IsAdjustedToUtc: true),
        8 => new(ParquetLogicalType.Time, Unit: ParquetTimeUnit.Micros, IsAdjustedToUtc: true),
        9 => new(ParquetLogicalType.Timestamp, Unit: ParquetTimeUnit.Millis, IsAdjustedToUtc: true),
        10 => new(ParquetLogicalType.Timestamp, Unit: ParquetTimeUnit.Micros, IsAdjustedToUtc: true),
        >= 11 and <= 14 => new(ParquetLogicalType.Integer, BitWidth: 8 << (e.ConvertedType.Value - 11), IsSigned: false),
        >= 15 and <= 18 => new(ParquetLogicalType.Integer, BitWidth: 8 << (e.ConvertedType.Value - 15), IsSigned: true),
        19 => new(ParquetLogicalType.Json),
        20 => new(ParquetLogicalType.Bson),
        21 => new(ParquetLogicalType.Interval),
        _ => new(ParquetLogicalType.Other),
    };

    private static ParquetTimeUnit UnitOf(short id) => id switch
    {
        1 => ParquetTimeUnit.Millis,
        2 => ParquetTimeUnit.Micros,
        3 => ParquetTimeUnit.Nanos,
        _ => (ParquetTimeUnit)(-1),
    };

    private void Check(string name, ParquetPhysicalType physical, ParquetErrorLocation where)
    {
        var ok = Type switch
        {
            ParquetLogicalType.String or ParquetLogicalType.Enum or ParquetLogicalType.Json or ParquetLogicalType.Bson => physical == ParquetPhysicalType.ByteArray,
            ParquetLogicalType.Date => physical == ParquetPhysicalType.Int32,
            ParquetLogicalType.Timestamp => physical == ParquetPhysicalType.Int64,
            ParquetLogicalType.Time => physical is ParquetPhysicalType.Int32 or ParquetPhysicalType.Int64,
            ParquetLogicalType.Integer => (physical == ParquetPhysicalType.Int32 && BitWidth is 8 or 16 or 32) || (physical == ParquetPhysicalType.Int64 && BitWidth == 64),
            ParquetLogicalType.Decimal => physical is ParquetPhysicalType.Int32 or ParquetPhysicalType.Int64 or ParquetPhysicalType.ByteArray or ParquetPhysicalType.FixedLenByteArray
                && Precision >= 1 && Scale >= 0 && Scale <= Precision,
            ParquetLogicalType.Uuid or ParquetLogicalType.Float16 or ParquetLogicalType.Interval => physical == ParquetPhysicalType.FixedLenByteArray,
            _ => true,
        };
        if (!ok)
        {
            Throw.Format($"Corrupt file footer: column '{name}' has annotation {Describe()} on physical type {physical}, which the spec does not allow", where);
        }

        if (Type is ParquetLogicalType.Timestamp or ParquetLogicalType.Time && !Enum.IsDefined(Unit))
        {
            Throw.NotSupported($"Column '{name}' has a time unit this reader does not know", where);
        }
    }

    private string Describe() => Type switch
    {
        ParquetLogicalType.Decimal => $"DECIMAL({Precision},{Scale})",
        ParquetLogicalType.Integer => $"INT({BitWidth})",
        _ => Type.ToString().ToUpperInvariant(),
    };
}
