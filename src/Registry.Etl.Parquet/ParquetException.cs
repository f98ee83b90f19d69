namespace Registry.Etl.Parquet;

/// <summary>
/// A Parquet file could not be read or written. Carries where it happened: the byte offset in the file,
/// the row group and the column, when known, so a message can point at the exact spot.
/// </summary>
public abstract class ParquetException : Exception
{
    protected ParquetException(string what, ParquetErrorLocation location, Exception? inner)
        : base(location.Describe(what), inner)
    {
        What = what;
        Location = location;
    }

    /// <summary>What went wrong, without the location.</summary>
    public string What { get; }

    public ParquetErrorLocation Location { get; }

    /// <summary>Byte offset in the file where the problem was found, when known.</summary>
    public long? Offset => Location.Offset;

    public int? RowGroup => Location.RowGroup;

    public string? Column => Location.Column;
}
