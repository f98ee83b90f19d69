namespace Registry.Etl.Indicators.Specs;

/// <summary>A title in Dutch (as published) and English.</summary>
public sealed record LocalizedText(string Nl, string En);
