namespace Registry.Etl.Parquet;

/// <summary>
/// A valid Parquet file uses a feature this implementation does not read or write (a codec such as ZSTD,
/// nested or repeated columns, an encoding it does not know). The message names the feature and column.
/// </summary>
public sealed class ParquetNotSupportedException : ParquetException
{
    public ParquetNotSupportedException(string what, ParquetErrorLocation location = default, Exception? inner = null)
        : base(what, location, inner)
    {
    }
}
