namespace Registry.Etl.Pipeline.Stages;

/// <summary>Something wrong with the data (a failed file, too many quarantined rows): exit code 1.</summary>
/// <param name="Source">Source id, or empty for the run as a whole.</param>
/// <param name="File">The input file concerned, relative as in the manifest, if any.</param>
/// <param name="Code">Stable reason code (<c>file-failed</c>, <c>quarantine-threshold</c>, <c>no-exports</c>, ...).</param>
/// <param name="Message">What a person should know; never a raw identifying value.</param>
public sealed record DataProblem(string Source, string? File, string Code, string Message);
