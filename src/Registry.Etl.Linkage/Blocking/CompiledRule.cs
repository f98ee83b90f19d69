using Registry.Etl.Linkage.Data;
using Registry.Etl.Linkage.Model;

namespace Registry.Etl.Linkage.Blocking;

/// <summary>A blocking (or deterministic) rule bound to the inputs: one dense key id per record, -1 when a key part is null.</summary>
internal sealed class CompiledRule
{
    public CompiledRule(string name, IReadOnlyList<KeySpec> keys, InputData data)
    {
        Name = name;
        Columns = [.. keys.Select(k => k.Column)];
        var first = data.Key(keys[0]);
        int[] left = first.Left, right = first.Right;
        for (var k = 1; k < keys.Count; k++)
        {
            var next = data.Key(keys[k]);
            (left, right) = Combine(left, right, next.Left, next.Right, data.IsDedupe);
        }

        Left = left;
        Right = right;
        KeyCount = 1 + Math.Max(Max(left), Max(right));
    }

    public string Name { get; }

    public List<ColumnRef> Columns { get; }

    public int[] Left { get; }

    public int[] Right { get; }

    /// <summary>Number of distinct keys (ids are 0..KeyCount-1).</summary>
    public int KeyCount { get; }

    public bool Agrees(int left, int right)
    {
        var k = Left[left];
        return k >= 0 && k == Right[right];
    }

    private static int Max(int[] ids)
    {
        var max = -1;
        foreach (var id in ids)
        {
            max = Math.Max(max, id);
        }

        return max;
    }

    /// <summary>
    /// Pairs of ids become one dense id (first seen, first numbered: deterministic). A flat table when the
    /// id space is small enough (16M cells), a dictionary otherwise. In link mode a right record whose pair
    /// occurs on no left record gets -1, as a null key part does: it can meet no left record through this
    /// rule either way, and the right side of a national register would otherwise fill the dictionary with
    /// millions of keys that no block uses.
    /// </summary>
    private static (int[] Left, int[] Right) Combine(int[] aLeft, int[] aRight, int[] bLeft, int[] bRight, bool dedupe)
    {
        long aCount = 1 + Math.Max(Max(aLeft), Max(aRight)), bCount = 1 + Math.Max(Max(bLeft), Max(bRight));
        if (aCount * bCount <= 1 << 24)
        {
            var table = new int[aCount * bCount];
            Array.Fill(table, -1);
            var next = 0;
            int[] Flat(int[] a, int[] b, bool add)
            {
                var result = new int[a.Length];
                for (var i = 0; i < a.Length; i++)
                {
                    if (a[i] < 0 || b[i] < 0)
                    {
                        result[i] = -1;
                        continue;
                    }

                    ref var slot = ref table[(a[i] * bCount) + b[i]];
                    if (slot < 0 && add)
                    {
                        slot = next++;
                    }

                    result[i] = slot;
                }

                return result;
            }

            var flatLeft = Flat(aLeft, bLeft, add: true);
            return (flatLeft, dedupe ? flatLeft : Flat(aRight, bRight, add: false));
        }

        var ids = new Dictionary<long, int>(PairKeyComparer.Instance);
        int maxA = Max(aLeft), maxB = Max(bLeft);
        int[] Apply(int[] a, int[] b, bool add)
        {
            var result = new int[a.Length];
            for (var i = 0; i < a.Length; i++)
            {
                // a right part above every left id is on no left record, so neither is the pair: no look-up
                // (values are numbered left first, so this is most right records of a national register)
                if (a[i] < 0 || b[i] < 0 || (!add && (a[i] > maxA || b[i] > maxB)))
                {
                    result[i] = -1;
                    continue;
                }

                var key = ((long)a[i] << 32) | (uint)b[i];
                if (!ids.TryGetValue(key, out var id))
                {
                    if (!add)
                    {
                        result[i] = -1;
                        continue;
                    }

                    id = ids.Count;
                    ids.Add(key, id);
                }

                result[i] = id;
            }

            return result;
        }

        var left = Apply(aLeft, bLeft, add: true);
        return (left, dedupe ? left : Apply(aRight, bRight, add: false));
    }
}
