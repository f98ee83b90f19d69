namespace Registry.Etl.Linkage.Model;

/// <summary>
/// One declared level of a comparison, tested in order after the null level; the first that holds is the
/// pair's level, and a pair for which none holds falls to the else level.
/// </summary>
public sealed record LevelSpec(LevelKind Kind, string Label)
{
    /// <summary>Column the level reads instead of the comparison's column (null: the comparison's).</summary>
    public ColumnRef? Column { get; init; }

    /// <summary>Similarity threshold (jaro_winkler, jaro, jaccard).</summary>
    public double Threshold { get; init; }

    /// <summary>Largest distance (levenshtein, damerau_levenshtein).</summary>
    public int Max { get; init; }

    /// <summary>Prefix length (prefix).</summary>
    public int Length { get; init; }

    /// <summary>Largest difference in days (date_within).</summary>
    public int Days { get; init; }

    /// <summary>Tolerance (numeric_within).</summary>
    public double Tolerance { get; init; }

    /// <summary>Tolerance relative to the larger absolute value (numeric_within).</summary>
    public bool Relative { get; init; }

    /// <summary>Date format of string columns (date_within, date_swap), .NET custom format, e.g. yyyyMMdd.</summary>
    public string? Format { get; init; }

    /// <summary>The expression text (expression).</summary>
    public string? Expression { get; init; }

    /// <summary>The comparator name (custom).</summary>
    public string? Comparator { get; init; }

    /// <summary>Options passed to the custom comparator.</summary>
    public IReadOnlyDictionary<string, string> Options { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Term-frequency adjustment: u of a pair at this level becomes the frequency of its value.</summary>
    public bool TermFrequency { get; init; }

    /// <summary>Share of the term-frequency adjustment applied (0..1; Splink's tf_adjustment_weight).</summary>
    public double TermFrequencyWeight { get; init; } = 1.0;

    /// <summary>Floor of a value's frequency in the adjustment (Splink's tf_minimum_u_value).</summary>
    public double TermFrequencyMinimum { get; init; }

    /// <summary>
    /// When >= 0, the level holds only if the rarer of the two values occurs at most this many times among the
    /// inputs' non-null values of its column (both inputs stacked); -1: no such condition.
    /// </summary>
    public int RareMaxCount { get; init; } = -1;

    /// <summary>A canonical text of what the level tests, for the model hash.</summary>
    public string Canonical() =>
        string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{Kind}:{Column}:{Threshold:R}:{Max}:{Length}:{Days}:{Tolerance:R}:{Relative}:{Format}:{Expression}:{Comparator}:{string.Join(',', Options.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => o.Key + "=" + o.Value))}")
        + (RareMaxCount >= 0 ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $":rare{RareMaxCount}") : string.Empty);
}
