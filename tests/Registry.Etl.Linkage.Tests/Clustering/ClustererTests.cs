using FsCheck;
using FsCheck.Fluent;
using Registry.Etl.Linkage.Clustering;

namespace Registry.Etl.Linkage.Tests.Clustering;

public sealed class ClustererTests
{
    private static readonly Arbitrary<(int, int)[]> Edges = Gen.Choose(0, 29).Two().ArrayOf().ToArbitrary();

    [Fact]
    public void ConnectedComponents_ClusteringItsOwnClusters_IsIdempotent()
    {
        Prop.ForAll(Edges, edges =>
        {
            var first = Clusterer.ConnectedComponents(30, [.. edges.Select(e => e.Item1)], [.. edges.Select(e => e.Item2)]);
            var nodes = Enumerable.Range(0, 30).ToArray();
            var again = Clusterer.ConnectedComponents(30, nodes, first);
            return first.SequenceEqual(again);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ConnectedComponents_EdgeOrderAndDirection_DoNotMatter()
    {
        Prop.ForAll(Edges, edges =>
        {
            var a = Clusterer.ConnectedComponents(30, [.. edges.Select(e => e.Item1)], [.. edges.Select(e => e.Item2)]);
            var reversed = edges.Reverse().ToArray();
            var b = Clusterer.ConnectedComponents(30, [.. reversed.Select(e => e.Item2)], [.. reversed.Select(e => e.Item1)]);
            return a.SequenceEqual(b) && a.Select((c, i) => c <= i).All(x => x);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void BestLinks_Chain_KeepsEachNodesStrongestEdgeOnly()
    {
        // 0-1 (5), 1-2 (9), 2-3 (1): node 0 keeps 0-1, 1 and 2 keep 1-2, 3 keeps 2-3; so every edge survives.
        var keep = Clusterer.BestLinks(4, [0, 1, 2], [1, 2, 3], [5, 9, 1], leftOnly: false, 4);
        Assert.Equal([true, true, true], keep);

        // Link mode, left 0 and 1 choose: 0 -> right 2 (w 3) over right 3 (w 2).
        var link = Clusterer.BestLinks(4, [0, 0, 1], [2, 3, 3], [3, 2, 7], leftOnly: true, 2);
        Assert.Equal([true, false, true], link);
    }

    [Fact]
    public void OneToOne_Conflicts_KeepsHighestWeightFirst()
    {
        var keep = OneToOne.Select([0, 0, 1, 1], [0, 1, 0, 1], [5, 9, 8, 1], 2, 2);
        Assert.Equal([false, true, true, false], keep);
        var dedupe = OneToOne.Select([0, 1, 2], [1, 2, 3], [5, 9, 1], 4, 4, dedupe: true);
        Assert.Equal([false, true, false], dedupe);
    }
}
