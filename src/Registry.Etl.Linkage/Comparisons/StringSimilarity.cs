namespace Registry.Etl.Linkage.Comparisons;

/// <summary>
/// String similarity and distance measures over UTF-16 code units, allocation-free for the short values
/// linkage compares (names, postcodes, ids).
/// </summary>
public static class StringSimilarity
{
    private const int StackLimit = 128;

    /// <summary>
    /// Jaro similarity (Jaro 1989, JASA 84:414): matches within a window of max(|a|,|b|)/2 - 1,
    /// (m/|a| + m/|b| + (m - t)/m) / 3 with t half the transpositions. Two empty strings score 1.
    /// </summary>
    public static double Jaro(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0 && b.Length == 0)
        {
            return 1.0;
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return 0.0;
        }

        if (a.SequenceEqual(b))
        {
            return 1.0;
        }

        var window = Math.Max(0, (Math.Max(a.Length, b.Length) / 2) - 1);
        Span<bool> aMatched = a.Length <= StackLimit ? stackalloc bool[a.Length] : new bool[a.Length];
        Span<bool> bMatched = b.Length <= StackLimit ? stackalloc bool[b.Length] : new bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(b.Length - 1, i + window);
            for (var j = from; j <= to; j++)
            {
                if (!bMatched[j] && a[i] == b[j])
                {
                    aMatched[i] = true;
                    bMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0.0;
        }

        var transpositions = 0;
        var k = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (!aMatched[i])
            {
                continue;
            }

            while (!bMatched[k])
            {
                k++;
            }

            if (a[i] != b[k])
            {
                transpositions++;
            }

            k++;
        }

        double m = matches;
        return ((m / a.Length) + (m / b.Length) + ((m - (transpositions / 2.0)) / m)) / 3.0;
    }

    /// <summary>
    /// Jaro-Winkler similarity (Winkler 1990, Proc. Section on Survey Research Methods, ASA): Jaro plus
    /// l * p * (1 - Jaro) for a common prefix of l &lt;= 4 characters and p = 0.1; as in Splink and jellyfish.
    /// </summary>
    public static double JaroWinkler(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var jaro = Jaro(a, b);
        var prefix = 0;
        var limit = Math.Min(4, Math.Min(a.Length, b.Length));
        while (prefix < limit && a[prefix] == b[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * 0.1 * (1.0 - jaro));
    }

    /// <summary>Levenshtein distance (insertions, deletions, substitutions; Levenshtein 1966), two-row dynamic programme.</summary>
    public static int Levenshtein(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length < b.Length)
        {
            var t = a;
            a = b;
            b = t;
        }

        if (b.Length == 0)
        {
            return a.Length;
        }

        Span<int> prev = b.Length < StackLimit ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> cur = b.Length < StackLimit ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
            }

            var swap = prev;
            prev = cur;
            cur = swap;
        }

        return prev[b.Length];
    }

    /// <summary>
    /// Damerau-Levenshtein distance in its optimal-string-alignment form (Damerau 1964; adjacent
    /// transpositions count 1, no substring edited twice), which is what Splink's damerau_levenshtein computes in DuckDB.
    /// </summary>
    public static int DamerauLevenshtein(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0)
        {
            return b.Length;
        }

        if (b.Length == 0)
        {
            return a.Length;
        }

        var width = b.Length + 1;
        var size = 3 * width;
        Span<int> rows = size <= 3 * StackLimit ? stackalloc int[size] : new int[size];
        var twoBack = rows[..width];
        var prev = rows.Slice(width, width);
        var cur = rows.Slice(2 * width, width);
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d = Math.Min(d, twoBack[j - 2] + 1);
                }

                cur[j] = d;
            }

            var t = twoBack;
            twoBack = prev;
            prev = cur;
            cur = t;
        }

        return prev[b.Length];
    }

    /// <summary>Jaccard similarity |A ∩ B| / |A ∪ B| of the sets of character bigrams (a one-character value is its own gram).</summary>
    public static double JaccardBigrams(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.SequenceEqual(b))
        {
            return 1.0;
        }

        Span<int> ga = stackalloc int[Math.Max(1, a.Length)];
        Span<int> gb = stackalloc int[Math.Max(1, b.Length)];
        var na = Grams(a, ga);
        var nb = Grams(b, gb);
        if (na == 0 || nb == 0)
        {
            return 0.0;
        }

        var inter = 0;
        int ia = 0, ib = 0;
        while (ia < na && ib < nb)
        {
            if (ga[ia] == gb[ib])
            {
                inter++;
                ia++;
                ib++;
            }
            else if (ga[ia] < gb[ib])
            {
                ia++;
            }
            else
            {
                ib++;
            }
        }

        return (double)inter / (na + nb - inter);
    }

    /// <summary>Sorted distinct bigram codes of <paramref name="s"/>.</summary>
    private static int Grams(ReadOnlySpan<char> s, Span<int> grams)
    {
        if (s.Length == 0)
        {
            return 0;
        }

        if (s.Length == 1)
        {
            grams[0] = s[0];
            return 1;
        }

        var n = s.Length - 1;
        for (var i = 0; i < n; i++)
        {
            grams[i] = (s[i] << 16) | s[i + 1];
        }

        var g = grams[..n];
        g.Sort();
        var distinct = 1;
        for (var i = 1; i < n; i++)
        {
            if (g[i] != g[distinct - 1])
            {
                g[distinct++] = g[i];
            }
        }

        return distinct;
    }
}
