namespace Registry.Etl.Linkage.Model;

/// <summary>How a value is turned into a blocking or deterministic key before exact comparison.</summary>
public enum KeyTransform
{
    /// <summary>The value as it is (strings compared ordinally).</summary>
    None,

    /// <summary>The first <c>length</c> characters (a shorter value is kept whole).</summary>
    Prefix,

    /// <summary>The last <c>length</c> characters.</summary>
    Suffix,

    /// <summary>Lower case (invariant culture).</summary>
    Lower,

    /// <summary>American Soundex code (Knuth, TAOCP vol. 3; letters only, case-insensitive).</summary>
    Soundex,

    /// <summary>The year of a date (a Date column, or a string parsed with <c>format</c>).</summary>
    Year,
}
