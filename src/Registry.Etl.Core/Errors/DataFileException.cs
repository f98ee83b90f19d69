namespace Registry.Etl.Core.Errors;

/// <summary>An input file that cannot be read as a whole (wrong header, encoding, truncation): fails its source.</summary>
public sealed class DataFileException : RegistryEtlException
{
    public DataFileException(string message, SourceLocation location, Exception? inner = null)
        : base($"{location}: {message}", inner)
    {
        Location = location;
        Reason = message;
    }

    public SourceLocation Location { get; }

    /// <summary>The message without the location prefix.</summary>
    public string Reason { get; }
}
