namespace Registry.Etl.Ingest.Contracts;

/// <summary>How the date in a file name becomes the export date.</summary>
public enum ExportDateRule
{
    /// <summary>The name carries the export day (<c>yyyy-MM-dd</c>).</summary>
    Day,

    /// <summary>The name carries a month (<c>yyyy-MM</c>); DHD delivers it on the first day of the next month.</summary>
    NextMonth,
}
