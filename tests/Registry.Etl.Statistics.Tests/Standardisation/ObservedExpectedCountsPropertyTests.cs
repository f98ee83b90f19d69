using FsCheck;
using FsCheck.Fluent;
using Registry.Etl.Statistics.Standardisation;

namespace Registry.Etl.Statistics.Tests.Standardisation;

/// <summary>conventions.md: compute(all) == combine(compute(parts)), bit for bit, for any partitioning and order.</summary>
public sealed class ObservedExpectedCountsPropertyTests
{
    private static readonly Arbitrary<(bool Y, double P)[]> Patients = Arb.From(
        Gen.ArrayOf(
            from y in Gen.Elements(true, false)
            from k in Gen.Choose(0, 1_000_000)
            from scale in Gen.Elements(1.0, 1e-3, 1e-9)
            select (y, k / 1_000_000.0 * scale)));

    [Fact]
    public void Combine_AnySplit_EqualsComputingAllAtOnce()
    {
        var cases = Arb.From(
            from patients in Patients.Generator
            from cut1 in Gen.Choose(0, patients.Length)
            from cut2 in Gen.Choose(cut1, patients.Length)
            select (patients, cut1, cut2));
        Prop.ForAll(cases, c =>
        {
            var all = Compute(c.patients);
            var parts = Compute(c.patients[..c.cut1]) + (Compute(c.patients[c.cut1..c.cut2]) + Compute(c.patients[c.cut2..]));
            return all == parts && all.Expected == parts.Expected && all.VarianceExpected == parts.VarianceExpected;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Compute_AnyOrder_GivesTheSameBits()
    {
        var cases = Arb.From(from patients in Patients.Generator from seed in Gen.Choose(0, int.MaxValue) select (patients, seed));
        Prop.ForAll(cases, c =>
        {
            var shuffled = (ValueTuple<bool, double>[])c.patients.Clone();
            new Random(c.seed).Shuffle(shuffled);
            return Compute(c.patients) == Compute(shuffled);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Compute_Sums_AgreeWithPlainSummation()
    {
        Prop.ForAll(Patients, patients =>
        {
            var counts = Compute(patients);
            double e = 0, v = 0;
            foreach (var (_, p) in patients)
            {
                e += p;
                v += p * (1 - p);
            }

            return counts.N == patients.Length
                && counts.Observed == patients.Count(x => x.Y)
                && Math.Abs(counts.Expected - e) <= 1e-12 * Math.Max(1, e)
                && Math.Abs(counts.VarianceExpected - v) <= 1e-12 * Math.Max(1, v);
        }).QuickCheckThrowOnFailure();
    }

    private static ObservedExpectedCounts Compute(IEnumerable<(bool Y, double P)> patients)
    {
        var counts = ObservedExpectedCounts.Empty;
        foreach (var (y, p) in patients)
        {
            counts = counts.Add(y, p);
        }

        return counts;
    }
}
