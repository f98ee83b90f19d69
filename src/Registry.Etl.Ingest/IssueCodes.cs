namespace Registry.Etl.Ingest;

/// <summary>
/// The stable reason codes of record issues (quarantine and warnings). Documented in
/// pipelines/sources/README.md; a code once published keeps its meaning.
/// </summary>
public static class IssueCodes
{
    // rejects: the row goes to quarantine
    public const string MissingRequired = "missing_required";
    public const string InvalidDate = "invalid_date";
    public const string FutureDate = "future_date";
    public const string NotANumber = "not_a_number";
    public const string UnknownCode = "unknown_code";
    public const string OutOfRange = "out_of_range";
    public const string PatternMismatch = "pattern_mismatch";
    public const string NegativeAge = "negative_age";
    public const string DateOrder = "date_order";
    public const string NotAtMost = "not_at_most";
    public const string FileNameMismatch = "file_name_mismatch";
    public const string FieldCount = "field_count";
    public const string MalformedQuote = "malformed_quote";
    public const string FieldTooLong = "field_too_long";

    // warnings: the row is kept, the value becomes null
    public const string BsnMissing = "bsn_missing";
    public const string BsnInvalid = "bsn_invalid";
    public const string PostcodeInvalid = "postcode_invalid";
    public const string ExtraColumn = "extra_column";
    public const string MissingColumn = "missing_column";
}
