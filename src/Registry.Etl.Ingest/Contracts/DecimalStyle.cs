namespace Registry.Etl.Ingest.Contracts;

/// <summary>The decimal separator of numbers in an export.</summary>
public enum DecimalStyle
{
    Point,
    Comma,

    /// <summary>Comma when the file's delimiter is <c>;</c>, point otherwise (DCRA vendors).</summary>
    ByDelimiter,
}
