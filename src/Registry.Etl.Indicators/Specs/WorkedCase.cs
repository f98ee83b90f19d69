using Registry.Etl.Core.Errors;

namespace Registry.Etl.Indicators.Specs;

/// <summary>
/// A worked test case: a few input rows (column -> value as text, absent = null) and the result rows
/// expected (only the fields given are compared). The test suite runs every case of every spec.
/// </summary>
public sealed record WorkedCase(
    string Name,
    IReadOnlyList<IReadOnlyDictionary<string, string?>> Rows,
    IReadOnlyList<IReadOnlyDictionary<string, string>> Expect,
    SourceLocation Location);
