using System.Diagnostics.CodeAnalysis;

namespace Registry.Etl.Statistics;

/// <summary>
/// The project-local throw helper: Statistics may not reference Core, so it keeps its own
/// (conventions.md: throws go through one <c>[DoesNotReturn]</c> helper).
/// </summary>
internal static class Throw
{
    [DoesNotReturn]
    public static void ArgumentOutOfRange(string paramName, string message) =>
        throw new ArgumentOutOfRangeException(paramName, message);

    [DoesNotReturn]
    public static T ArgumentOutOfRange<T>(string paramName, string message) =>
        throw new ArgumentOutOfRangeException(paramName, message);

    [DoesNotReturn]
    public static void Argument(string paramName, string message) => throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    public static T Argument<T>(string paramName, string message) => throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    public static void InvalidOperation(string message) => throw new InvalidOperationException(message);

    [DoesNotReturn]
    public static void UnknownMethod<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        throw new ArgumentOutOfRangeException(typeof(TEnum).Name, value, $"Unknown {typeof(TEnum).Name} value {value}.");

    [DoesNotReturn]
    public static T UnknownMethod<TEnum, T>(TEnum value)
        where TEnum : struct, Enum =>
        throw new ArgumentOutOfRangeException(typeof(TEnum).Name, value, $"Unknown {typeof(TEnum).Name} value {value}.");
}
