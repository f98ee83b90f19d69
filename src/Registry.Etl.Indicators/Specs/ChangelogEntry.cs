namespace Registry.Etl.Indicators.Specs;

/// <summary>One line of the logboek: which version changed what, and when.</summary>
public sealed record ChangelogEntry(int Version, DateOnly Date, string Change);
