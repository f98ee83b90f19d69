namespace Registry.Etl.Core.Errors;

/// <summary>
/// Base of the small exception hierarchy. Exceptions are for bugs, configuration and infrastructure;
/// a bad row is data (a <see cref="Issues.RecordIssue"/>), never an exception.
/// </summary>
public abstract class RegistryEtlException : Exception
{
    protected RegistryEtlException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    /// <summary>True when retrying the same work may succeed (a lost connection, a busy database).</summary>
    public virtual bool IsTransient => false;
}
