namespace Registry.Etl.Linkage.Comparisons;

/// <summary>
/// Measures of one pair on a comparison's own column, computed at most once per pair even when several
/// levels threshold the same measure (jaro_winkler >= 0.92, then >= 0.8).
/// </summary>
internal struct PairCache
{
    public double JaroWinkler;
    public double Jaro;
    public double Jaccard;
    public int Levenshtein;
    public int DamerauLevenshtein;

    public static PairCache Empty => new()
    {
        JaroWinkler = double.NaN,
        Jaro = double.NaN,
        Jaccard = double.NaN,
        Levenshtein = -1,
        DamerauLevenshtein = -1,
    };
}
