using FsCheck;
using FsCheck.Fluent;
using Registry.Etl.Statistics.Proportions;

namespace Registry.Etl.Statistics.Tests.Proportions;

/// <summary>Invariants every method must keep for any x, n and level.</summary>
public sealed class ProportionConfidenceIntervalPropertyTests
{
    private static readonly ProportionInterval[] Methods = Enum.GetValues<ProportionInterval>();

    private static readonly Arbitrary<(long X, long N, double Level, ProportionInterval Method)> Cases = Arb.From(
        from n in Gen.Choose(1, 5000)
        from x in Gen.Choose(0, n)
        from permille in Gen.Choose(500, 999)
        from method in Gen.Elements(Methods)
        select ((long)x, (long)n, permille / 1000.0, method));

    [Fact]
    public void Compute_AnyCase_BoundsOrderedWithinUnitIntervalAndContainEstimate()
    {
        Prop.ForAll(Cases, c =>
        {
            var ci = ProportionConfidenceInterval.Compute(c.X, c.N, c.Method, ConfidenceLevel.Of(c.Level));
            var p = (double)c.X / c.N;
            return ci.Lower >= 0.0 && ci.Upper <= 1.0 && ci.Lower <= ci.Upper && ci.Lower <= p && p <= ci.Upper;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Compute_HigherLevel_GivesWiderNestedInterval()
    {
        Prop.ForAll(Cases, c =>
        {
            var narrow = ProportionConfidenceInterval.Compute(c.X, c.N, c.Method, ConfidenceLevel.Of(c.Level));
            var wide = ProportionConfidenceInterval.Compute(c.X, c.N, c.Method, ConfidenceLevel.Of((c.Level + 1.0) / 2.0));
            return wide.Lower <= narrow.Lower && narrow.Upper <= wide.Upper;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Compute_SwappingSuccessesAndFailures_MirrorsTheInterval()
    {
        // Every method here is symmetric: CI(n − x) = 1 − CI(x) reversed.
        Prop.ForAll(Cases, c =>
        {
            var level = ConfidenceLevel.Of(c.Level);
            var ci = ProportionConfidenceInterval.Compute(c.X, c.N, c.Method, level);
            var mirror = ProportionConfidenceInterval.Compute(c.N - c.X, c.N, c.Method, level);
            return Math.Abs(ci.Lower - (1.0 - mirror.Upper)) < 1e-12 && Math.Abs(ci.Upper - (1.0 - mirror.Lower)) < 1e-12;
        }).QuickCheckThrowOnFailure();
    }
}
