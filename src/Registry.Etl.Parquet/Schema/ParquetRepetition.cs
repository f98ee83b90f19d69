namespace Registry.Etl.Parquet.Schema;

/// <summary>parquet.thrift <c>FieldRepetitionType</c>; flat files use only Required and Optional.</summary>
public enum ParquetRepetition
{
    /// <summary>Every row has a value; no definition levels are stored.</summary>
    Required = 0,

    /// <summary>A row may be null; definition levels (0 = null, 1 = value) are stored.</summary>
    Optional = 1,

    /// <summary>Nested lists; not supported.</summary>
    Repeated = 2,
}
