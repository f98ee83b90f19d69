using System.Globalization;

namespace Registry.Etl.Linkage.Comparisons.Expressions;

/// <summary>
/// A value in a level expression: null, a number, a string or a boolean. Text carries its reading as a
/// number (<see cref="ReadNumber"/>) once someone has read it: a column's distinct values are read once per
/// run, not once per pair compared.
/// </summary>
internal readonly record struct ExprValue
{
    public static readonly ExprValue Null = new(ExprKind.Null, 0, null, true);
    public static readonly ExprValue True = new(ExprKind.Bool, 1, null, true);
    public static readonly ExprValue False = new(ExprKind.Bool, 0, null, true);

    private readonly bool _numberRead;

    private ExprValue(ExprKind kind, double number, string? text, bool numberRead)
    {
        Kind = kind;
        Number = number;
        Text = text;
        _numberRead = numberRead;
    }

    public ExprKind Kind { get; }

    /// <summary>A number's value, a boolean's 1 or 0; for text, its reading as a number when already read.</summary>
    public double Number { get; }

    public string? Text { get; }

    public bool IsNull => Kind == ExprKind.Null;

    public static ExprValue Of(double x) => double.IsNaN(x) ? Null : new(ExprKind.Number, x, null, true);

    /// <summary>Text, read as a number only if an operator asks.</summary>
    public static ExprValue Of(string? s) => s is null ? Null : new(ExprKind.String, 0, s, false);

    /// <summary>Text with its reading as a number already made: <paramref name="number"/> must be <see cref="ReadNumber"/> of <paramref name="s"/>.</summary>
    public static ExprValue Of(string s, double number) => new(ExprKind.String, number, s, true);

    public static ExprValue Of(bool b) => b ? True : False;

    /// <summary>Text as a number: invariant culture, exponent and surrounding blanks allowed; NaN when it is none.</summary>
    public static double ReadNumber(string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN;

    /// <summary>As a number: numbers as they are, numeric text parsed (invariant), booleans 1/0; otherwise NaN.</summary>
    public double AsNumber() => Kind switch
    {
        ExprKind.Number or ExprKind.Bool => Number,
        ExprKind.String => _numberRead ? Number : ReadNumber(Text!),
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
