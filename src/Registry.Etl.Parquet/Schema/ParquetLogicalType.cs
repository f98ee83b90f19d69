namespace Registry.Etl.Parquet.Schema;

/// <summary>
/// How a column's physical values are interpreted (parquet.thrift <c>LogicalType</c>, or the legacy
/// <c>ConvertedType</c> when a file has only that). Parameters live on <see cref="ParquetField"/>.
/// </summary>
public enum ParquetLogicalType
{
    /// <summary>No annotation: the physical type is the meaning.</summary>
    None,
    String,
    Enum,
    Json,
    Bson,
    Uuid,
    Date,
    Time,
    Timestamp,
    Decimal,

    /// <summary>INT(bitWidth, isSigned).</summary>
    Integer,
    Float16,
    Interval,

    /// <summary>The UNKNOWN (always null) annotation.</summary>
    Null,

    /// <summary>An annotation this implementation does not interpret; the physical values are returned.</summary>
    Other,
}
