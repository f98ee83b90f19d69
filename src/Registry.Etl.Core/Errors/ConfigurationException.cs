namespace Registry.Etl.Core.Errors;

/// <summary>A pipeline, contract, spec or model file that cannot be used as written.</summary>
public class ConfigurationException : RegistryEtlException
{
    public ConfigurationException(string message, SourceLocation? location = null, Exception? inner = null)
        : base(location is { } l ? $"{l}: {message}" : message, inner)
    {
        Location = location;
    }

    public SourceLocation? Location { get; }
}
