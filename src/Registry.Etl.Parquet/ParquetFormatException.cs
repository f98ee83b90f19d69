namespace Registry.Etl.Parquet;

/// <summary>The bytes are not a valid Parquet file: truncated, corrupt or inconsistent.</summary>
public sealed class ParquetFormatException : ParquetException
{
    public ParquetFormatException(string what, ParquetErrorLocation location = default, Exception? inner = null)
        : base(what, location, inner)
    {
    }
}
