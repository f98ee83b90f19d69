namespace Registry.Etl.Parquet.Schema;

/// <summary>
/// The .NET array a column's values live in, for writing and reading alike: Boolean bool, Int32 int
/// (INT32, DATE as days since 1970-01-01, INT(8/16/32)), Int64 long (INT64, TIMESTAMP in the field's
/// unit since the epoch, INT(64)), Float float, Double double, Decimal decimal (DECIMAL on any physical
/// type), String string (BYTE_ARRAY annotated STRING/ENUM/JSON, UTF-8 on disk), Binary byte[] (other
/// BYTE_ARRAY and FIXED_LEN_BYTE_ARRAY).
/// </summary>
public enum ParquetValueKind
{
    Boolean,
    Int32,
    Int64,
    Float,
    Double,
    Decimal,
    String,
    Binary,
}
