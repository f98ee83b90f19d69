using Registry.Etl.Linkage.Data;

namespace Registry.Etl.Linkage.Comparisons;

/// <summary>A similarity at or above a threshold, or a distance at or below a maximum.</summary>
internal sealed class StringMeasureTest(EncodedStrings values, StringMeasure measure, double threshold, int max, bool ownColumn) : LevelTest
{
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
}
