namespace Registry.Etl.Core.Data;

/// <summary>
/// The logical type of a column, and so its storage: Boolean bool, Int32 int, Int64 long, Double double,
/// Decimal decimal, String string, Date int (days since 1970-01-01), Timestamp long (microseconds since
/// 1970-01-01T00:00:00Z). Dates and timestamps are stored as numbers because that is what the file
/// formats and the compiled expressions work with.
/// </summary>
public enum ColumnKind
{
    Boolean,
    Int32,
    Int64,
    Double,
    Decimal,
    String,
    Date,
    Timestamp,
}
