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

    public override ExprValue Eval(int left, int right)
    {
        if (name == "is_null")
        {
            return ExprValue.Of(args[0].Eval(left, right).IsNull);
        }

        if (name == "coalesce")
        {
            var first = args[0].Eval(left, right);
            return first.IsNull ? args[1].Eval(left, right) : first;
        }

        var v = new ExprValue[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            v[i] = args[i].Eval(left, right);
            if (v[i].IsNull)
            {
                return ExprValue.Null;
            }
        }

        return Apply(v);
    }

    private ExprValue Apply(ReadOnlySpan<ExprValue> v)
    {
        var s0 = v[0].AsText()!;
        switch (name)
        {
            case "abs": return ExprValue.Of(Math.Abs(v[0].AsNumber()));
            case "len": return ExprValue.Of(s0.Length);
            case "lower": return ExprValue.Of(s0.ToLowerInvariant());
            case "upper": return ExprValue.Of(s0.ToUpperInvariant());
            case "trim": return ExprValue.Of(s0.Trim());
            case "substr": return ExprValue.Of(Substr(s0, (int)v[1].AsNumber(), v.Length > 2 ? (int)v[2].AsNumber() : int.MaxValue));
            case "left": return ExprValue.Of(Substr(s0, 1, (int)v[1].AsNumber()));
            case "right":
                var k = Math.Clamp((int)v[1].AsNumber(), 0, s0.Length);
                return ExprValue.Of(s0[^k..]);
            case "replace": return ExprValue.Of(v[1].AsText()!.Length == 0 ? s0 : s0.Replace(v[1].AsText()!, v[2].AsText(), StringComparison.Ordinal));
            case "contains": return ExprValue.Of(s0.Contains(v[1].AsText()!, StringComparison.Ordinal));
            case "starts_with": return ExprValue.Of(s0.StartsWith(v[1].AsText()!, StringComparison.Ordinal));
            case "ends_with": return ExprValue.Of(s0.EndsWith(v[1].AsText()!, StringComparison.Ordinal));
            case "jaro_winkler": return ExprValue.Of(StringSimilarity.JaroWinkler(s0, v[1].AsText()));
            case "jaro": return ExprValue.Of(StringSimilarity.Jaro(s0, v[1].AsText()));
            case "levenshtein": return ExprValue.Of(StringSimilarity.Levenshtein(s0, v[1].AsText()));
            case "damerau_levenshtein": return ExprValue.Of(StringSimilarity.DamerauLevenshtein(s0, v[1].AsText()));
            case "jaccard": return ExprValue.Of(StringSimilarity.JaccardBigrams(s0, v[1].AsText()));
            case "soundex": return ExprValue.Of(Soundex.Encode(s0));
            case "number": return ExprValue.Of(v[0].AsNumber());
            case "text": return ExprValue.Of(s0);
            case "days": return ExprValue.Of(Days(v[0], v.Length > 1 ? v[1].AsText() : null));
            case "year": return Part(v[0], 0);
            case "month": return Part(v[0], 1);
            case "day": return Part(v[0], 2);
            case "min": return ExprValue.Of(Math.Min(v[0].AsNumber(), v[1].AsNumber()));
            case "max": return ExprValue.Of(Math.Max(v[0].AsNumber(), v[1].AsNumber()));
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

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{name}/{args.Length}");
}
