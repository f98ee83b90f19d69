namespace Registry.Etl.Parquet.Format;

/// <summary>parquet.thrift <c>SchemaElement</c>, with the LogicalType union flattened into its parameters.</summary>
internal sealed class SchemaElement
{
    public int? Type { get; set; }

    public int? TypeLength { get; set; }

    public int? RepetitionType { get; set; }

    public string Name { get; set; } = "";

    public int? NumChildren { get; set; }

    public int? ConvertedType { get; set; }

    public int? Scale { get; set; }

    public int? Precision { get; set; }

    public int? FieldId { get; set; }

    /// <summary>The LogicalType union's field id (1 STRING, 5 DECIMAL, 6 DATE, 8 TIMESTAMP, 10 INTEGER, ...), or null.</summary>
    public short? LogicalTypeId { get; set; }

    public int LogicalScale { get; set; }

    public int LogicalPrecision { get; set; }

    /// <summary>TIME/TIMESTAMP: 1 MILLIS, 2 MICROS, 3 NANOS (the TimeUnit union's field id); 0 if unknown.</summary>
    public short LogicalTimeUnit { get; set; }

    public bool LogicalIsAdjustedToUtc { get; set; }

    public int LogicalBitWidth { get; set; }

    public bool LogicalIsSigned { get; set; } = true;
}
