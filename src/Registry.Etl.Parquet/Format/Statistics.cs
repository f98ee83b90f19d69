namespace Registry.Etl.Parquet.Format;

/// <summary>parquet.thrift <c>Statistics</c>: min/max are PLAIN-encoded values (byte arrays without a length prefix).</summary>
internal sealed class Statistics
{
    /// <summary>Deprecated: signed-order maximum.</summary>
    public byte[]? Max { get; set; }

    /// <summary>Deprecated: signed-order minimum.</summary>
    public byte[]? Min { get; set; }

    public long? NullCount { get; set; }

    public long? DistinctCount { get; set; }

    public byte[]? MaxValue { get; set; }

    public byte[]? MinValue { get; set; }

    public bool? IsMaxValueExact { get; set; }

    public bool? IsMinValueExact { get; set; }

    public long? NanCount { get; set; }
}
