namespace Registry.Etl.Linkage.Clustering;

/// <summary>
/// The one-to-one constraint: candidate matches are taken greedily by descending weight (ties
/// by left, then right index) and a pair is kept only when neither record is already matched. Greedy
/// assignment is the usual approximation to the optimal assignment of Jaro (1989). In dedupe mode both
/// ends index the same records, so each record is matched at most once (duplicates come in pairs).
/// </summary>
public static class OneToOne
{
    /// <summary>Returns which of the candidate pairs are kept.</summary>
    public static bool[] Select(ReadOnlySpan<int> left, ReadOnlySpan<int> right, ReadOnlySpan<double> weight, int leftCount, int rightCount, bool dedupe = false)
    {
        var order = new int[left.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var l = left.ToArray();
        var r = right.ToArray();
        var w = weight.ToArray();
        Array.Sort(order, (x, y) =>
        {
            var c = w[y].CompareTo(w[x]);
            if (c != 0)
            {
                return c;
            }

            c = l[x].CompareTo(l[y]);
            return c != 0 ? c : r[x].CompareTo(r[y]);
        });

        var usedLeft = new bool[leftCount];
        var usedRight = dedupe ? usedLeft : new bool[rightCount];
        var keep = new bool[left.Length];
        foreach (var i in order)
        {
            if (!usedLeft[l[i]] && !usedRight[r[i]] && !(dedupe && (usedLeft[r[i]] || usedRight[l[i]])))
            {
                usedLeft[l[i]] = true;
                usedRight[r[i]] = true;
                keep[i] = true;
            }
        }

        return keep;
    }
}
