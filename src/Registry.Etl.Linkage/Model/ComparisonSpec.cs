namespace Registry.Etl.Linkage.Model;

/// <summary>
/// A comparison: ordered levels over one column (or a few). Level 0 is the null level (either value null:
/// Bayes factor 1, never trained), then the declared levels in order, then the else level.
/// </summary>
public sealed record ComparisonSpec(string Name, ColumnRef Column, IReadOnlyList<LevelSpec> Levels)
{
    /// <summary>Extra columns whose null makes the pair fall to the null level (besides <see cref="Column"/>).</summary>
    public IReadOnlyList<ColumnRef> NullColumns { get; init; } = [];

    /// <summary>
    /// False (default, <c>null_when: either</c>): the pair is at the null level when either value is null.
    /// True (<c>null_when: both</c>): only when both are; a value against a null then falls to the else level,
    /// so EM learns how much a one-sided missing value says (an optional second name present on one side only).
    /// </summary>
    public bool NullOnlyWhenBoth { get; init; }

    /// <summary>Number of levels including null and else.</summary>
    public int LevelCount => Levels.Count + 2;

    /// <summary>Index of the else level.</summary>
    public int ElseLevel => Levels.Count + 1;

    /// <summary>The label of a level index (0 null, 1..n declared, n+1 else).</summary>
    public string LevelLabel(int level) =>
        level == 0 ? "null" : level == ElseLevel ? "else" : Levels[level - 1].Label;

    /// <summary>Every column the comparison reads.</summary>
    public IEnumerable<ColumnRef> ColumnsRead()
    {
        yield return Column;
        foreach (var c in NullColumns)
        {
            yield return c;
        }

        foreach (var level in Levels)
        {
            if (level.Column is { } c)
            {
                yield return c;
            }
        }
    }
}
