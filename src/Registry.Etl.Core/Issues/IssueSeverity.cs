namespace Registry.Etl.Core.Issues;

/// <summary>What a record issue does to its row, decided per source by policy.</summary>
public enum IssueSeverity
{
    /// <summary>The row is kept; the issue is reported.</summary>
    Warning,

    /// <summary>The row goes to quarantine.</summary>
    Reject,
}
