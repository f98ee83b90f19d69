namespace Registry.Etl.Indicators.Specs;

/// <summary>A named exclusion: a population row for which <see cref="When"/> is true is left out.</summary>
public sealed record ExclusionSpec(string Name, SpecText When);
