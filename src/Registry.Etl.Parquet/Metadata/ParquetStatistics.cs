namespace Registry.Etl.Parquet.Metadata;

/// <summary>
/// Column chunk statistics. <see cref="Min"/> and <see cref="Max"/> are decoded into the column's
/// <see cref="Schema.ParquetValueKind"/> type (int, long, double, decimal, string, byte[], ...), taken
/// from min_value/max_value, or from the deprecated min/max fields when those are the only ones and
/// their signed order is right for the column (never for strings and binary).
/// </summary>
public sealed class ParquetStatistics
{
    internal ParquetStatistics(long? nullCount, long? distinctCount, long? nanCount, object? min, object? max, bool fromDeprecatedFields, bool? isMinExact, bool? isMaxExact)
    {
        NullCount = nullCount;
        DistinctCount = distinctCount;
        NanCount = nanCount;
        Min = min;
        Max = max;
        FromDeprecatedFields = fromDeprecatedFields;
        IsMinExact = isMinExact;
        IsMaxExact = isMaxExact;
    }

    public long? NullCount { get; }

    public long? DistinctCount { get; }

    /// <summary>NaN values in a FLOAT or DOUBLE chunk, when the writer recorded it.</summary>
    public long? NanCount { get; }

    public object? Min { get; }

    public object? Max { get; }

    public bool HasMinMax => Min is not null && Max is not null;

    /// <summary>True when min/max come from the deprecated (signed-order) fields.</summary>
    public bool FromDeprecatedFields { get; }

    public bool? IsMinExact { get; }

    public bool? IsMaxExact { get; }
}
