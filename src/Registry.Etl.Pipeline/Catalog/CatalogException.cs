using Registry.Etl.Core.Errors;

namespace Registry.Etl.Pipeline.Catalog;

/// <summary>The catalog database could not be reached or written; transient when the driver says so.</summary>
public sealed class CatalogException : RegistryEtlException
{
    public CatalogException(string message, Exception inner, bool isTransient)
        : base(message, inner)
    {
        Transient = isTransient;
    }

    private bool Transient { get; }

    public override bool IsTransient => Transient;
}
