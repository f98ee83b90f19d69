using Registry.Etl.Linkage.Data;

namespace Registry.Etl.Linkage.Comparisons;

/// <summary>
/// A similarity at or above a threshold, or a distance at or below a maximum. Cheap bounds reject most
/// non-matching pairs before the quadratic measure runs: for (Jaro-)Winkler, only characters whose letter
/// occurs in the other value can match, which bounds the Jaro score; for edit distances, the bag distance
/// (Bartolini et al. 2002) is a lower bound of Levenshtein and of the OSA distance.
/// </summary>
internal sealed class StringMeasureTest(EncodedStrings values, StringMeasure measure, double threshold, int max, bool ownColumn) : LevelTest
{
    private readonly ulong[] _masks = Masks(values.Values);

    public override bool Holds(int left, int right, ref PairCache cache)
    {
        var a = values.Left[left];
        var b = values.Right[right];
        if (a < 0 || b < 0)
        {
            return false;
        }

        if (a == b)
        {
            return true;
        }

        var sa = values.Values[a];
        var sb = values.Values[b];
        if (CannotReach(sa, sb, _masks[a], _masks[b]))
        {
            return false;
        }

        if (!ownColumn)
        {
            var local = PairCache.Empty;
            return Evaluate(sa, sb, ref local);
        }

        return Evaluate(sa, sb, ref cache);
    }

    private bool Evaluate(string a, string b, ref PairCache cache)
    {
        switch (measure)
        {
            case StringMeasure.JaroWinkler:
                if (double.IsNaN(cache.JaroWinkler))
                {
                    cache.JaroWinkler = StringSimilarity.JaroWinkler(a, b);
                }

                return cache.JaroWinkler >= threshold;
            case StringMeasure.Jaro:
                if (double.IsNaN(cache.Jaro))
                {
                    cache.Jaro = StringSimilarity.Jaro(a, b);
                }

                return cache.Jaro >= threshold;
            case StringMeasure.Jaccard:
                if (double.IsNaN(cache.Jaccard))
                {
                    cache.Jaccard = StringSimilarity.JaccardBigrams(a, b);
                }

                return cache.Jaccard >= threshold;
            case StringMeasure.Levenshtein:
                if (Math.Abs(a.Length - b.Length) > max && cache.Levenshtein < 0)
                {
                    return false; // the length difference alone exceeds max
                }

                if (cache.Levenshtein < 0)
                {
                    cache.Levenshtein = StringSimilarity.Levenshtein(a, b);
                }

                return cache.Levenshtein <= max;
            default:
                if (Math.Abs(a.Length - b.Length) > max && cache.DamerauLevenshtein < 0)
                {
                    return false;
                }

                if (cache.DamerauLevenshtein < 0)
                {
                    cache.DamerauLevenshtein = StringSimilarity.DamerauLevenshtein(a, b);
                }

                return cache.DamerauLevenshtein <= max;
        }
    }

    private bool CannotReach(string a, string b, ulong maskA, ulong maskB)
    {
        switch (measure)
        {
            case StringMeasure.JaroWinkler or StringMeasure.Jaro:
                var ma = Present(a, maskB);
                var mb = Present(b, maskA);
                var m = (double)Math.Min(ma, mb);
                var jaro = m == 0 ? 0 : ((m / a.Length) + (m / b.Length) + 1) / 3;
                var bound = measure == StringMeasure.Jaro ? jaro : jaro + (0.4 * (1 - jaro));
                return bound < threshold - 1e-12;
            case StringMeasure.Levenshtein or StringMeasure.DamerauLevenshtein:
                return BagDistance(a, b) > max;
            default:
                return false;
        }
    }

    private static int Present(string s, ulong mask)
    {
        var n = 0;
        foreach (var c in s)
        {
            n += (int)((mask >> (c & 63)) & 1);
        }

        return n;
    }

    /// <summary>max(|A - B|, |B - A|) over the character multisets; 0 (no bound) when a character is not ASCII.</summary>
    private static int BagDistance(string a, string b)
    {
        Span<int> counts = stackalloc int[128];
        foreach (var c in a)
        {
            if (c >= 128)
            {
                return 0;
            }

            counts[c]++;
        }

        var onlyB = 0;
        foreach (var c in b)
        {
            if (c >= 128)
            {
                return 0;
            }

            if (--counts[c] < 0)
            {
                onlyB++;
            }
        }

        var onlyA = 0;
        foreach (var n in counts)
        {
            onlyA += n > 0 ? n : 0;
        }

        return Math.Max(onlyA, onlyB);
    }

    private static ulong[] Masks(string[] values)
    {
        var masks = new ulong[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            foreach (var c in values[i])
            {
                masks[i] |= 1UL << (c & 63);
            }
        }

        return masks;
    }
}
