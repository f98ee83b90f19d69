namespace Registry.Etl.Parquet.Schema;

/// <summary>The unit of a TIMESTAMP or TIME column's integer values.</summary>
public enum ParquetTimeUnit
{
    Millis,
    Micros,
    Nanos,
}
