namespace Registry.Etl.Linkage.Comparisons;

internal enum StringMeasure
{
    JaroWinkler,
    Jaro,
    Jaccard,
    Levenshtein,
    DamerauLevenshtein,
}
