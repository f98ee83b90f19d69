using Registry.Etl.Core.Errors;

namespace Registry.Etl.Indicators.Expressions;

/// <summary>
/// An expression that cannot be compiled: its message is <c>file:line:column: what, expected</c>, where the
/// location is the offending token in the spec file.
/// </summary>
public sealed class ExpressionException : ConfigurationException
{
    public ExpressionException(string reason, SourceLocation location)
        : base(reason, location)
    {
        Reason = reason;
    }

    /// <summary>The message without the location prefix.</summary>
    public string Reason { get; }

    /// <summary>The offending token's location (never null for an expression error).</summary>
    public SourceLocation At => Location ?? default;
}
