namespace Registry.Etl.Pipeline.Publishing;

/// <summary>Where a run was published, and whether an identical earlier publication was reused.</summary>
public sealed record PublishResult(string RunDirectory, bool ReusedExisting);
