using FsCheck;
using FsCheck.Fluent;
using Registry.Etl.Synthetic.Randomness;

namespace Registry.Etl.Synthetic.Tests.Randomness;

public sealed class RandomnessTests
{
    [Fact]
    public void Rng_SameKey_SameStream_OtherKey_OtherStream()
    {
        var a = Rng.For(1, StreamId.DcraCases, 2, 3);
        var b = Rng.For(1, StreamId.DcraCases, 2, 3);
        var c = Rng.For(1, StreamId.DcraCases, 2, 4);
        var sa = Enumerable.Range(0, 8).Select(_ => a.NextUInt64()).ToArray();
        Assert.Equal(sa, Enumerable.Range(0, 8).Select(_ => b.NextUInt64()).ToArray());
        Assert.NotEqual(sa, Enumerable.Range(0, 8).Select(_ => c.NextUInt64()).ToArray());
    }

    [Fact]
    public void Below_StaysInRange_AndIsRoughlyUniform()
    {
        var rng = new Rng(42);
        var counts = new int[7];
        for (var i = 0; i < 70_000; i++)
        {
            counts[rng.Below(7)]++;
        }

        Assert.All(counts, n => Assert.InRange(n, 9_500, 10_500));
    }

    [Fact]
    public void Permutation_AnyDomainAndKey_IsABijection()
    {
        Prop.ForAll(Gen.Choose(2, 3000).ToArbitrary(), ArbMap.Default.ArbFor<ulong>(), (n, key) =>
        {
            var p = new Permutation(key, (ulong)n);
            var seen = new bool[n];
            for (var x = 0UL; x < (ulong)n; x++)
            {
                var y = p.Apply(x);
                if (y >= (ulong)n || seen[y])
                {
                    return false;
                }

                seen[y] = true;
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void CalibrateIntercept_MeanOfSigmoid_HitsTarget()
    {
        var offsets = Enumerable.Range(0, 1000).Select(i => (i % 17) / 5.0 - 1).ToArray();
        var alpha = Logistic.CalibrateIntercept(offsets, 0.07);
        Assert.Equal(0.07, offsets.Average(o => Logistic.Sigmoid(alpha + o)), 9);
    }

    [Fact]
    public void RecurrenceHazard_GivesTargetCumulativeIncidence_WithDeathCompeting()
    {
        var r = Dcra.Hazards.RecurrenceFor(0.31, 0.05, 3);
        var cif = r / (r + 0.05) * (1 - Math.Exp(-(r + 0.05) * 3));
        Assert.Equal(0.31, cif, 9);
    }
}
