using System.Diagnostics.CodeAnalysis;

namespace Registry.Etl.Parquet;

/// <summary>
/// The project's one place that throws (it cannot reference Registry.Etl.Core), so call sites stay one
/// line and the JIT can inline the happy path.
/// </summary>
internal static class Throw
{
    [DoesNotReturn]
    public static void Format(string what, ParquetErrorLocation location = default, Exception? inner = null) =>
        throw new ParquetFormatException(what, location, inner);

    [DoesNotReturn]
    public static T Format<T>(string what, ParquetErrorLocation location = default, Exception? inner = null) =>
        throw new ParquetFormatException(what, location, inner);

    [DoesNotReturn]
    public static void NotSupported(string what, ParquetErrorLocation location = default) =>
        throw new ParquetNotSupportedException(what, location);

    [DoesNotReturn]
    public static T NotSupported<T>(string what, ParquetErrorLocation location = default) =>
        throw new ParquetNotSupportedException(what, location);

    [DoesNotReturn]
    public static void Argument(string message, string paramName) => throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    public static T Argument<T>(string message, string paramName) => throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    public static void InvalidOperation(string message) => throw new InvalidOperationException(message);
}
