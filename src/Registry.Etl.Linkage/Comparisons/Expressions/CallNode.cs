using System.Globalization;
using Registry.Etl.Core.Data;
using Registry.Etl.Linkage.Data;

namespace Registry.Etl.Linkage.Comparisons.Expressions;

/// <summary>A function call; the functions and their arities are listed in <see cref="Arity"/>.</summary>
internal sealed class CallNode(string name, ExprNode[] args) : ExprNode
{
    /// <summary>Function name to (min, max) number of arguments.</summary>
    public static readonly Dictionary<string, (int Min, int Max)> Arity = new(StringComparer.Ordinal)
    {
        ["abs"] = (1, 1), ["len"] = (1, 1), ["lower"] = (1, 1), ["upper"] = (1, 1), ["trim"] = (1, 1),
        ["substr"] = (2, 3), ["left"] = (2, 2), ["right"] = (2, 2), ["replace"] = (3, 3),
        ["contains"] = (2, 2), ["starts_with"] = (2, 2), ["ends_with"] = (2, 2),
        ["jaro_winkler"] = (2, 2), ["jaro"] = (2, 2), ["levenshtein"] = (2, 2), ["damerau_levenshtein"] = (2, 2),
        ["jaccard"] = (2, 2), ["soundex"] = (1, 1), ["number"] = (1, 1), ["text"] = (1, 1),
        ["days"] = (1, 2), ["year"] = (1, 1), ["month"] = (1, 1), ["day"] = (1, 1),
        ["is_null"] = (1, 1), ["coalesce"] = (2, 2), ["min"] = (2, 2), ["max"] = (2, 2),
    };

    // the function decided once, when the expression is compiled, not per pair
    private readonly Function _function = Enum.Parse<Function>(name.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true);

    private enum Function
    {
        Abs, Len, Lower, Upper, Trim, Substr, Left, Right, Replace, Contains, StartsWith, EndsWith, JaroWinkler, Jaro,
        Levenshtein, DamerauLevenshtein, Jaccard, Soundex, Number, Text, Days, Year, Month, Day, IsNull, Coalesce, Min, Max,
    }

    public override ExprValue Eval(int left, int right)
    {
        if (_function == Function.IsNull)
        {
            return ExprValue.Of(args[0].Eval(left, right).IsNull);
        }

        if (_function == Function.Coalesce)
        {
            var first = args[0].Eval(left, right);
            return first.IsNull ? args[1].Eval(left, right) : first;
        }

        var v = default(Arguments); // on the stack: no array per pair
        for (var i = 0; i < args.Length; i++)
        {
            v[i] = args[i].Eval(left, right);
            if (v[i].IsNull)
            {
                return ExprValue.Null;
            }
        }

        return Apply(v[..args.Length]);
    }

    private ExprValue Apply(ReadOnlySpan<ExprValue> v)
    {
        var s0 = v[0].AsText()!;
        switch (_function)
        {
            case Function.Abs: return ExprValue.Of(Math.Abs(v[0].AsNumber()));
            case Function.Len: return ExprValue.Of(s0.Length);
            case Function.Lower: return ExprValue.Of(s0.ToLowerInvariant());
            case Function.Upper: return ExprValue.Of(s0.ToUpperInvariant());
            case Function.Trim: return ExprValue.Of(s0.Trim());
            case Function.Substr: return ExprValue.Of(Substr(s0, (int)v[1].AsNumber(), v.Length > 2 ? (int)v[2].AsNumber() : int.MaxValue));
            case Function.Left: return ExprValue.Of(Substr(s0, 1, (int)v[1].AsNumber()));
            case Function.Right:
                var k = Math.Clamp((int)v[1].AsNumber(), 0, s0.Length);
                return ExprValue.Of(s0[^k..]);
            case Function.Replace: return ExprValue.Of(v[1].AsText()!.Length == 0 ? s0 : s0.Replace(v[1].AsText()!, v[2].AsText(), StringComparison.Ordinal));
            case Function.Contains: return ExprValue.Of(s0.Contains(v[1].AsText()!, StringComparison.Ordinal));
            case Function.StartsWith: return ExprValue.Of(s0.StartsWith(v[1].AsText()!, StringComparison.Ordinal));
            case Function.EndsWith: return ExprValue.Of(s0.EndsWith(v[1].AsText()!, StringComparison.Ordinal));
            case Function.JaroWinkler: return ExprValue.Of(StringSimilarity.JaroWinkler(s0, v[1].AsText()));
            case Function.Jaro: return ExprValue.Of(StringSimilarity.Jaro(s0, v[1].AsText()));
            case Function.Levenshtein: return ExprValue.Of(StringSimilarity.Levenshtein(s0, v[1].AsText()));
            case Function.DamerauLevenshtein: return ExprValue.Of(StringSimilarity.DamerauLevenshtein(s0, v[1].AsText()));
            case Function.Jaccard: return ExprValue.Of(StringSimilarity.JaccardBigrams(s0, v[1].AsText()));
            case Function.Soundex: return ExprValue.Of(Soundex.Encode(s0));
            case Function.Number: return ExprValue.Of(v[0].AsNumber());
            case Function.Text: return ExprValue.Of(s0);
            case Function.Days: return ExprValue.Of(Days(v[0], v.Length > 1 ? v[1].AsText() : null));
            case Function.Year: return Part(v[0], 0);
            case Function.Month: return Part(v[0], 1);
            case Function.Day: return Part(v[0], 2);
            case Function.Min: return ExprValue.Of(Math.Min(v[0].AsNumber(), v[1].AsNumber()));
            case Function.Max: return ExprValue.Of(Math.Max(v[0].AsNumber(), v[1].AsNumber()));
            default: return ExprValue.Null;
        }
    }

    private static string Substr(string s, int start, int length)
    {
        var from = Math.Clamp(start - 1, 0, s.Length);
        var count = Math.Clamp(length, 0, s.Length - from);
        return s.Substring(from, count);
    }

    /// <summary>Days since 1970-01-01: a number is taken as days already (a Date column), text is parsed.</summary>
    private static double Days(ExprValue v, string? format)
    {
        if (v.Kind == ExprKind.Number)
        {
            return v.Number;
        }

        return DateText.TryParts(v.AsText(), format, out var y, out var m, out var d)
            && m is >= 1 and <= 12 && y is >= 1 and <= 9999 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? ColumnStorage.ToDays(new DateOnly(y, m, d))
            : double.NaN;
    }

    /// <summary>Year, month or day of a date: from days, or from the digits of date text (even if not a real date).</summary>
    private static ExprValue Part(ExprValue v, int part)
    {
        int y, m, d;
        if (v.Kind == ExprKind.Number)
        {
            var date = ColumnStorage.FromDays((int)v.Number);
            (y, m, d) = (date.Year, date.Month, date.Day);
        }
        else if (!DateText.TryParts(v.AsText(), null, out y, out m, out d))
        {
            return ExprValue.Null;
        }

        return ExprValue.Of(part switch { 0 => y, 1 => m, _ => d });
    }

    /// <summary>Room for the most arguments a function takes (<see cref="Arity"/>).</summary>
    [System.Runtime.CompilerServices.InlineArray(3)]
    private struct Arguments
    {
        private ExprValue _first;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{name}/{args.Length}");
}
