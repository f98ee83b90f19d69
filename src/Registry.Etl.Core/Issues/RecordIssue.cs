using Registry.Etl.Core.Errors;

namespace Registry.Etl.Core.Issues;

/// <summary>
/// A problem with one row: where it is, a stable reason code and a redacted detail. The detail gives
/// the shape of a value, never the raw value of an identifying field.
/// </summary>
public sealed record RecordIssue(
    string Source,
    SourceLocation Location,
    string Field,
    string Code,
    IssueSeverity Severity,
    string Detail);
