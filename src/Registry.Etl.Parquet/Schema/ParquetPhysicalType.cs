namespace Registry.Etl.Parquet.Schema;

/// <summary>How values are stored on disk (parquet.thrift <c>Type</c>; the numbers are the spec's).</summary>
public enum ParquetPhysicalType
{
    Boolean = 0,
    Int32 = 1,
    Int64 = 2,

    /// <summary>Deprecated 96-bit timestamps (Impala/Spark legacy); read as nanoseconds since the epoch.</summary>
    Int96 = 3,
    Float = 4,
    Double = 5,
    ByteArray = 6,
    FixedLenByteArray = 7,
}
