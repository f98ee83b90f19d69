using System.Globalization;

namespace Registry.Etl.Parquet.Schema;

/// <summary>
/// One column of a flat Parquet schema: name, physical type, repetition and logical annotation. Build
/// one with the factory methods (<see cref="String"/>, <see cref="Decimal"/>, <see cref="Timestamp"/>, ...);
/// the reader builds them from a file's schema.
/// </summary>
public sealed partial class ParquetField
{
    internal ParquetField(
        string name,
        ParquetPhysicalType physicalType,
        ParquetRepetition repetition,
        ParquetLogicalType logicalType,
        ParquetValueKind valueKind)
    {
        Name = name;
        PhysicalType = physicalType;
        Repetition = repetition;
        LogicalType = logicalType;
        ValueKind = valueKind;
    }

    public string Name { get; }

    public ParquetPhysicalType PhysicalType { get; }

    public ParquetRepetition Repetition { get; }

    public ParquetLogicalType LogicalType { get; }

    /// <summary>The .NET type values of this column are written from and read into.</summary>
    public ParquetValueKind ValueKind { get; }

    public bool IsNullable => Repetition == ParquetRepetition.Optional;

    /// <summary>Byte length of FIXED_LEN_BYTE_ARRAY values; 0 for other physical types.</summary>
    public int TypeLength { get; internal init; }

    /// <summary>DECIMAL: total digits.</summary>
    public int Precision { get; internal init; }

    /// <summary>DECIMAL: digits after the decimal point.</summary>
    public int Scale { get; internal init; }

    /// <summary>TIMESTAMP and TIME: the unit of the stored integers.</summary>
    public ParquetTimeUnit TimeUnit { get; internal init; }

    /// <summary>TIMESTAMP and TIME: true for instants (normalised to UTC), false for local date-times.</summary>
    public bool IsAdjustedToUtc { get; internal init; }

    /// <summary>INT(bitWidth, isSigned): 8, 16, 32 or 64.</summary>
    public int BitWidth { get; internal init; }

    /// <summary>INT(bitWidth, isSigned): false for the unsigned UINT annotations.</summary>
    public bool IsSigned { get; internal init; } = true;

    /// <summary>The legacy ConvertedType number as stored in (or written to) the file, if any.</summary>
    public int? ConvertedType { get; internal init; }

    /// <summary>The annotation with its parameters, e.g. "DECIMAL(18,2)", "TIMESTAMP(MICROS, UTC)", "STRING".</summary>
    public string LogicalTypeDisplay => LogicalType switch
    {
        ParquetLogicalType.None => "-",
        ParquetLogicalType.Decimal => string.Create(CultureInfo.InvariantCulture, $"DECIMAL({Precision},{Scale})"),
        ParquetLogicalType.Timestamp => $"TIMESTAMP({UnitName(TimeUnit)}, {(IsAdjustedToUtc ? "UTC" : "local")})",
        ParquetLogicalType.Time => $"TIME({UnitName(TimeUnit)}, {(IsAdjustedToUtc ? "UTC" : "local")})",
        ParquetLogicalType.Integer => string.Create(CultureInfo.InvariantCulture, $"INT({BitWidth}, {(IsSigned ? "signed" : "unsigned")})"),
        ParquetLogicalType.Null => "UNKNOWN",
        ParquetLogicalType.Other => "OTHER",
        _ => LogicalType.ToString().ToUpperInvariant(),
    };

    /// <summary>The physical type as the spec spells it, with the length for fixed arrays: "FIXED_LEN_BYTE_ARRAY(16)".</summary>
    public string PhysicalTypeDisplay => PhysicalType switch
    {
        ParquetPhysicalType.FixedLenByteArray => string.Create(CultureInfo.InvariantCulture, $"FIXED_LEN_BYTE_ARRAY({TypeLength})"),
        ParquetPhysicalType.ByteArray => "BYTE_ARRAY",
        _ => PhysicalType.ToString().ToUpperInvariant(),
    };

    public override string ToString() =>
        $"{Name}: {PhysicalTypeDisplay} {LogicalTypeDisplay} {Repetition.ToString().ToUpperInvariant()}";

    internal static string UnitName(ParquetTimeUnit unit) => unit switch
    {
        ParquetTimeUnit.Millis => "MILLIS",
        ParquetTimeUnit.Micros => "MICROS",
        _ => "NANOS",
    };
}
