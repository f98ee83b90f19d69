namespace Registry.Etl.Pipeline.Catalog;

/// <summary>One stage of a run with its timing.</summary>
public sealed record CatalogStage(int Ordinal, string Name, string Status, DateTimeOffset StartedUtc, long DurationMs, string? Error);
