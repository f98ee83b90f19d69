namespace Registry.Etl.Linkage.Clustering;

/// <summary>Clusters from links: connected components by union-find (Tarjan 1975), with a best-link filter.</summary>
public static class Clusterer
{
    /// <summary>
    /// Connected components of the graph with <paramref name="nodeCount"/> nodes and edges (a[i], b[i]).
    /// A node's cluster id is the smallest node index in its component, so ids do not depend on edge order.
    /// </summary>
    public static int[] ConnectedComponents(int nodeCount, ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException("Edge endpoint lists differ in length.", nameof(b));
        }

        var parent = new int[nodeCount];
        for (var i = 0; i < nodeCount; i++)
        {
            parent[i] = i;
        }

        for (var e = 0; e < a.Length; e++)
        {
            var ra = Find(parent, a[e]);
            var rb = Find(parent, b[e]);
            if (ra < rb)
            {
                parent[rb] = ra;
            }
            else if (rb < ra)
            {
                parent[ra] = rb;
            }
        }

        for (var i = 0; i < nodeCount; i++)
        {
            parent[i] = Find(parent, i);
        }

        return parent;
    }

    /// <summary>
    /// The edges each record keeps under best-link clustering: the highest-weight edge of every node (ties to
    /// the smaller partner). With <paramref name="leftOnly"/> (link mode) only nodes below
    /// <paramref name="leftCount"/> choose, so each left record keeps one link and a right record may keep several.
    /// </summary>
    public static bool[] BestLinks(int nodeCount, ReadOnlySpan<int> a, ReadOnlySpan<int> b, ReadOnlySpan<double> weight, bool leftOnly, int leftCount)
    {
        var best = new int[nodeCount];
        Array.Fill(best, -1);
        for (var e = 0; e < a.Length; e++)
        {
            Offer(best, a[e], b[e], e, a, b, weight);
            if (!leftOnly)
            {
                Offer(best, b[e], a[e], e, a, b, weight);
            }
        }

        var keep = new bool[a.Length];
        var limit = leftOnly ? leftCount : nodeCount;
        for (var n = 0; n < limit; n++)
        {
            if (best[n] >= 0)
            {
                keep[best[n]] = true;
            }
        }

        return keep;
    }

    private static void Offer(int[] best, int node, int partner, int edge, ReadOnlySpan<int> a, ReadOnlySpan<int> b, ReadOnlySpan<double> weight)
    {
        var current = best[node];
        if (current < 0)
        {
            best[node] = edge;
            return;
        }

        var currentPartner = a[current] == node ? b[current] : a[current];
        if (weight[edge] > weight[current] || (weight[edge] == weight[current] && partner < currentPartner))
        {
            best[node] = edge;
        }
    }

    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]]; // path halving
            x = parent[x];
        }

        return x;
    }
}
