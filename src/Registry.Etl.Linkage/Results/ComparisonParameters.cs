namespace Registry.Etl.Linkage.Results;

/// <summary>The trained levels of one comparison, index 0 the null level, the last the else level.</summary>
public sealed record ComparisonParameters(string Name, IReadOnlyList<LevelParameters> Levels);
