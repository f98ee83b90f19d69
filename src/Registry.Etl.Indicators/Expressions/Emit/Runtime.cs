using System.Numerics;
using Registry.Etl.Core.Data;

namespace Registry.Etl.Indicators.Expressions.Emit;

/// <summary>
/// The per-row operations compiled expressions call: small, static, generic over the value type (so the
/// JIT specialises them and nothing is boxed), each with the language's null rule. Integer arithmetic is
/// 64-bit and wraps; a date outside 0001-01-01..9999-12-31 is null.
/// </summary>
internal static class Runtime
{
    public static readonly int MinDay = ColumnStorage.ToDays(DateOnly.MinValue);
    public static readonly int MaxDay = ColumnStorage.ToDays(DateOnly.MaxValue);

    public static bool IsTrue(bool? value) => value == true;

    public static bool IsFalse(bool? value) => value == false;

    public static bool? Not(bool? value) => value is { } v ? !v : null;

    /// <summary>Kleene and, given the left side is not false.</summary>
    public static bool? AndRest(bool? left, bool? right) =>
        right == false ? false : left is null || right is null ? null : true;

    /// <summary>Kleene or, given the left side is not true.</summary>
    public static bool? OrRest(bool? left, bool? right) =>
        right == true ? true : left is null || right is null ? null : false;

    public static bool? And(bool? left, bool? right) => left == false ? false : AndRest(left, right);

    public static bool? Or(bool? left, bool? right) => left == true ? true : OrRest(left, right);

    public static bool? IsNull<T>(T? value)
        where T : struct => !value.HasValue;

    public static bool? IsNullText(string? value) => value is null;

    public static T? Negate<T>(T? value)
        where T : struct, IUnaryNegationOperators<T, T> => value is { } v ? -v : null;

    public static T? Abs<T>(T? value)
        where T : struct, INumber<T> => value is { } v ? (v < T.Zero ? -v : v) : null;

    public static T? Add<T>(T? left, T? right)
        where T : struct, IAdditionOperators<T, T, T> => left is { } l && right is { } r ? unchecked(l + r) : null;

    public static T? Subtract<T>(T? left, T? right)
        where T : struct, ISubtractionOperators<T, T, T> => left is { } l && right is { } r ? unchecked(l - r) : null;

    public static T? Multiply<T>(T? left, T? right)
        where T : struct, IMultiplyOperators<T, T, T> => left is { } l && right is { } r ? unchecked(l * r) : null;

    /// <summary>Division by zero is unknown (null), not infinity.</summary>
    public static double? Divide(double? left, double? right) =>
        left is { } l && right is { } r && r != 0 ? l / r : null;

    public static int? AddDays(int? date, long? days) =>
        date is { } d && days is { } n ? Day((long)d + n) : null;

    public static int? SubtractDays(int? date, long? days) =>
        date is { } d && days is { } n ? Day((long)d - n) : null;

    public static long? DaysBetween(int? from, int? to) =>
        from is { } f && to is { } t ? (long)t - f : null;

    public static long? Year(int? date) => Calendar(date) is { } d ? d.Year : null;

    public static long? Month(int? date) => Calendar(date) is { } d ? d.Month : null;

    public static long? Quarter(int? date) => Calendar(date) is { } d ? ((d.Month - 1) / 3) + 1 : null;

    /// <summary>Whole years from birth to the date (a birthday on 29 February counts from 1 March in other years).</summary>
    public static long? AgeAt(int? birth, int? at)
    {
        if (Calendar(birth) is not { } b || Calendar(at) is not { } a)
        {
            return null;
        }

        var years = a.Year - b.Year;
        return (a.Month, a.Day).CompareTo((b.Month, b.Day)) < 0 ? years - 1 : years;
    }

    public static bool? Equal<T>(T? left, T? right)
        where T : struct, IEqualityOperators<T, T, bool> => left is { } l && right is { } r ? l == r : null;

    public static bool? NotEqual<T>(T? left, T? right)
        where T : struct, IEqualityOperators<T, T, bool> => left is { } l && right is { } r ? l != r : null;

    public static bool? Less<T>(T? left, T? right)
        where T : struct, IComparisonOperators<T, T, bool> => left is { } l && right is { } r ? l < r : null;

    public static bool? LessOrEqual<T>(T? left, T? right)
        where T : struct, IComparisonOperators<T, T, bool> => left is { } l && right is { } r ? l <= r : null;

    public static bool? Greater<T>(T? left, T? right)
        where T : struct, IComparisonOperators<T, T, bool> => left is { } l && right is { } r ? l > r : null;

    public static bool? GreaterOrEqual<T>(T? left, T? right)
        where T : struct, IComparisonOperators<T, T, bool> => left is { } l && right is { } r ? l >= r : null;

    public static bool? EqualBoolean(bool? left, bool? right) => left is { } l && right is { } r ? l == r : null;

    public static bool? NotEqualBoolean(bool? left, bool? right) => left is { } l && right is { } r ? l != r : null;

    public static bool? EqualText(string? left, string? right) => left is null || right is null ? null : string.Equals(left, right, StringComparison.Ordinal);

    public static bool? NotEqualText(string? left, string? right) => left is null || right is null ? null : !string.Equals(left, right, StringComparison.Ordinal);

    public static bool? LessText(string? left, string? right) => left is null || right is null ? null : string.CompareOrdinal(left, right) < 0;

    public static bool? LessOrEqualText(string? left, string? right) => left is null || right is null ? null : string.CompareOrdinal(left, right) <= 0;

    public static bool? GreaterText(string? left, string? right) => left is null || right is null ? null : string.CompareOrdinal(left, right) > 0;

    public static bool? GreaterOrEqualText(string? left, string? right) => left is null || right is null ? null : string.CompareOrdinal(left, right) >= 0;

    public static bool? StartsWith(string? value, string? prefix) =>
        value is null || prefix is null ? null : value.StartsWith(prefix, StringComparison.Ordinal);

    public static bool? In<T>(T? value, HashSet<T> set)
        where T : struct => value is { } v ? set.Contains(v) : null;

    public static bool? InText(string? value, HashSet<string> set) => value is null ? null : set.Contains(value);

    public static bool? StartsWithAny(string? value, string[] prefixes)
    {
        if (value is null)
        {
            return null;
        }

        foreach (var prefix in prefixes)
        {
            if (value.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static double? ToNumber(long? value) => value is { } v ? v : null;

    private static int? Day(long days) => days >= MinDay && days <= MaxDay ? (int)days : null;

    private static DateOnly? Calendar(int? date) =>
        date is { } d && d >= MinDay && d <= MaxDay ? ColumnStorage.FromDays(d) : null;
}
