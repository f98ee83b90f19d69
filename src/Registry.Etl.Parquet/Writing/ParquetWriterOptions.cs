using System.IO.Compression;
using System.Reflection;

namespace Registry.Etl.Parquet.Writing;

/// <summary>How <see cref="ParquetFileWriter"/> lays out a file. The defaults suit the product's outputs.</summary>
public sealed record ParquetWriterOptions
{
    /// <summary>Page compression: SNAPPY (default), GZIP or UNCOMPRESSED.</summary>
    public ParquetCompression Compression { get; init; } = ParquetCompression.Snappy;

    /// <summary>Level for GZIP pages.</summary>
    public CompressionLevel GzipLevel { get; init; } = CompressionLevel.Optimal;

    /// <summary>
    /// A row group is flushed once its encoded, uncompressed size reaches this (checked every
    /// <see cref="RowGroupCheckRows"/> rows, so a row group may exceed it by that many rows' worth).
    /// Memory while writing is bounded by about one row group's compressed pages.
    /// </summary>
    public long RowGroupTargetBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>A row group never holds more rows than this.</summary>
    public int MaxRowGroupRows { get; init; } = 1024 * 1024;

    /// <summary>Target size of a data page before compression.</summary>
    public int PageSizeBytes { get; init; } = 1024 * 1024;

    /// <summary>Try dictionary encoding (RLE_DICTIONARY) for every non-boolean column.</summary>
    public bool EnableDictionary { get; init; } = true;

    /// <summary>
    /// A column chunk's dictionary may grow to this many bytes (PLAIN-encoded); beyond it, and when a
    /// dictionary turns out larger than plain values would be, the rest of the chunk falls back to PLAIN.
    /// </summary>
    public int MaxDictionaryBytes { get; init; } = 1024 * 1024;

    /// <summary>The file's created_by, in the "name version X (build Y)" form readers parse; null for registry-etl's own.</summary>
    public string? CreatedBy { get; init; }

    /// <summary>File key-value metadata, written in this order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> KeyValueMetadata { get; init; } = [];

    /// <summary>Columns encoded and compressed in parallel (1 = on the caller's thread only).</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Rows between row-group size checks: min(65,536, <see cref="MaxRowGroupRows"/>).</summary>
    public int RowGroupCheckRows => Math.Min(65536, MaxRowGroupRows);

    /// <summary>"registry-etl version 0.1.0 (build 1a2b3c4d5e)", from this assembly's informational version.</summary>
    public static string DefaultCreatedBy { get; } = BuildCreatedBy();

    internal void Validate()
    {
        if (Compression is not (ParquetCompression.Uncompressed or ParquetCompression.Snappy or ParquetCompression.Gzip))
        {
            Throw.NotSupported($"Writing {Compression} compression is not supported (use Snappy, Gzip or Uncompressed)");
        }

        Positive(RowGroupTargetBytes, nameof(RowGroupTargetBytes));
        Positive(MaxRowGroupRows, nameof(MaxRowGroupRows));
        Positive(PageSizeBytes, nameof(PageSizeBytes));
        Positive(MaxDictionaryBytes, nameof(MaxDictionaryBytes));
        Positive(MaxDegreeOfParallelism, nameof(MaxDegreeOfParallelism));
        ArgumentNullException.ThrowIfNull(KeyValueMetadata);
    }

    private static void Positive(long value, string name)
    {
        if (value <= 0)
        {
            Throw.Argument($"{name} must be positive.", name);
        }
    }

    private static string BuildCreatedBy()
    {
        var info = typeof(ParquetWriterOptions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = info.IndexOf('+', StringComparison.Ordinal);
        var version = plus < 0 ? info : info[..plus];
        var build = plus < 0 ? "unknown" : info[(plus + 1)..];
        if (build.Length > 10)
        {
            build = build[..10];
        }

        return $"registry-etl version {version} (build {build})";
    }
}
