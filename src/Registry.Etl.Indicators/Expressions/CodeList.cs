namespace Registry.Etl.Indicators.Expressions;

/// <summary>A named list of codes as the environment gave it (order kept for display and prefix matching).</summary>
internal sealed record CodeList(string Name, IReadOnlyList<string> Codes);
