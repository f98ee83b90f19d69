namespace Registry.Etl.Linkage.Results;

/// <summary>m = P(level | match), u = P(level | non-match) of one level; the null level has m = u = 1 by convention.</summary>
public sealed record LevelParameters(string Label, double M, double U)
{
    /// <summary>log2(m/u): the level's match weight before term-frequency adjustment.</summary>
    public double Log2BayesFactor => Math.Log2(M / U);
}
