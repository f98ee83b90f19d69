using System.Diagnostics.CodeAnalysis;
using Registry.Etl.Core.Errors;

namespace Registry.Etl.Core;

/// <summary>One place that throws, so call sites stay one line and the JIT can inline the happy path.</summary>
public static class Throw
{
    [DoesNotReturn]
    public static void Configuration(string message, SourceLocation? location = null) =>
        throw new ConfigurationException(message, location);

    [DoesNotReturn]
    public static T Configuration<T>(string message, SourceLocation? location = null) =>
        throw new ConfigurationException(message, location);

    [DoesNotReturn]
    public static void DataFile(string message, SourceLocation location) =>
        throw new DataFileException(message, location);

    [DoesNotReturn]
    public static void InvalidOperation(string message) => throw new InvalidOperationException(message);

    [DoesNotReturn]
    public static T InvalidOperation<T>(string message) => throw new InvalidOperationException(message);

    [DoesNotReturn]
    public static void Argument(string message, string paramName) => throw new ArgumentException(message, paramName);
}
