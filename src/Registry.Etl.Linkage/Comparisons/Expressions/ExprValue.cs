using System.Globalization;

namespace Registry.Etl.Linkage.Comparisons.Expressions;

/// <summary>A value in a level expression: null, a number, a string or a boolean.</summary>
internal readonly record struct ExprValue(ExprKind Kind, double Number, string? Text)
{
    public static readonly ExprValue Null = new(ExprKind.Null, 0, null);
    public static readonly ExprValue True = new(ExprKind.Bool, 1, null);
    public static readonly ExprValue False = new(ExprKind.Bool, 0, null);

    public bool IsNull => Kind == ExprKind.Null;

    public static ExprValue Of(double x) => double.IsNaN(x) ? Null : new(ExprKind.Number, x, null);

    public static ExprValue Of(string? s) => s is null ? Null : new(ExprKind.String, 0, s);

    public static ExprValue Of(bool b) => b ? True : False;

    /// <summary>As a number: numbers as they are, numeric text parsed (invariant), booleans 1/0; otherwise NaN.</summary>
    public double AsNumber() => Kind switch
    {
        ExprKind.Number or ExprKind.Bool => Number,
        ExprKind.String => double.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN,
        _ => double.NaN,
    };

    public string? AsText() => Kind switch
    {
        ExprKind.String => Text,
        ExprKind.Number => Number.ToString(CultureInfo.InvariantCulture),
        ExprKind.Bool => Number != 0 ? "true" : "false",
        _ => null,
    };

    /// <summary>Truth of a predicate: null and zero are false.</summary>
    public bool IsTrue => Kind switch
    {
        ExprKind.Bool or ExprKind.Number => Number != 0,
        ExprKind.String => Text!.Length > 0,
        _ => false,
    };
}
