namespace Registry.Etl.Linkage.Model;

/// <summary>The test a comparison level applies to the two values of a pair (YAML <c>type</c>).</summary>
public enum LevelKind
{
    /// <summary><c>exact</c>: the values are equal (strings ordinally, numbers and dates by value).</summary>
    Exact,

    /// <summary><c>jaro_winkler</c>: Jaro-Winkler similarity >= threshold (Winkler 1990, prefix scale 0.1, up to 4).</summary>
    JaroWinkler,

    /// <summary><c>jaro</c>: Jaro similarity >= threshold (Jaro 1989).</summary>
    Jaro,

    /// <summary><c>levenshtein</c>: edit distance (insert, delete, substitute) <= max.</summary>
    Levenshtein,

    /// <summary><c>damerau_levenshtein</c>: optimal-string-alignment distance (adds adjacent transposition) <= max.</summary>
    DamerauLevenshtein,

    /// <summary><c>jaccard</c>: Jaccard similarity of the character bigram sets >= threshold.</summary>
    Jaccard,

    /// <summary><c>prefix</c>: the first <c>length</c> characters are equal (postcode PC4, ICD-10 chapter).</summary>
    Prefix,

    /// <summary><c>date_within</c>: |date difference| <= <c>days</c>.</summary>
    DateWithin,

    /// <summary><c>date_swap</c>: same year, day and month swapped.</summary>
    DateSwap,

    /// <summary><c>numeric_within</c>: |a - b| <= tolerance (or <= tolerance * max(|a|,|b|) when relative).</summary>
    NumericWithin,

    /// <summary><c>expression</c>: a boolean expression over both values (see the model format documentation).</summary>
    Expression,

    /// <summary><c>custom</c>: a named comparator from the comparator registry, with options.</summary>
    Custom,
}
