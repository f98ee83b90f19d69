namespace Registry.Etl.Linkage.Blocking;

/// <summary>
/// The records of one rule grouped by key (counting sort, O(n + keys)): the blocks that yield pairs, with
/// cumulative pair counts so the work can be split into chunks of similar size.
/// </summary>
internal sealed class BlockGroups
{
    private readonly int[] _leftStart;
    private readonly int[] _leftRows;
    private readonly int[] _rightStart;
    private readonly int[] _rightRows;
    private readonly int[] _blocks;
    private readonly long[] _cumulative;
    private readonly bool _dedupe;

    private BlockGroups(int[] leftStart, int[] leftRows, int[] rightStart, int[] rightRows, bool dedupe)
    {
        _leftStart = leftStart;
        _leftRows = leftRows;
        _rightStart = rightStart;
        _rightRows = rightRows;
        _dedupe = dedupe;
        var blocks = new List<int>();
        var cumulative = new List<long> { 0 };
        long total = 0;
        for (var k = 0; k < leftStart.Length - 1; k++)
        {
            long nl = leftStart[k + 1] - leftStart[k];
            long nr = rightStart[k + 1] - rightStart[k];
            var pairs = dedupe ? nl * (nl - 1) / 2 : nl * nr;
            if (pairs > 0)
            {
                blocks.Add(k);
                total += pairs;
                cumulative.Add(total);
            }
        }

        _blocks = [.. blocks];
        _cumulative = [.. cumulative];
        PairCount = total;
    }

    /// <summary>Candidate pairs of this rule alone (before removing those of earlier rules).</summary>
    public long PairCount { get; }

    public int BlockCount => _blocks.Length;

    public static BlockGroups Build(CompiledRule rule, bool dedupe, bool[]? leftActive, bool[]? rightActive)
    {
        var (ls, lr) = Sort(rule.Left, rule.KeyCount, leftActive);
        if (dedupe)
        {
            return new BlockGroups(ls, lr, ls, lr, true);
        }

        var (rs, rr) = Sort(rule.Right, rule.KeyCount, rightActive);
        return new BlockGroups(ls, lr, rs, rr, false);
    }

    private static (int[] Start, int[] Rows) Sort(int[] keys, int keyCount, bool[]? active)
    {
        var start = new int[keyCount + 1];
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] >= 0 && (active is null || active[i]))
            {
                start[keys[i] + 1]++;
            }
        }

        for (var k = 0; k < keyCount; k++)
        {
            start[k + 1] += start[k];
        }

        var rows = new int[start[keyCount]];
        var next = new int[keyCount];
        Array.Copy(start, next, keyCount);
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] >= 0 && (active is null || active[i]))
            {
                rows[next[keys[i]]++] = i; // rows ascend within a block
            }
        }

        return (start, rows);
    }

    /// <summary>Splits the blocks into at most <paramref name="count"/> ranges of similar pair counts.</summary>
    public List<(int From, int To)> Chunks(int count)
    {
        var chunks = new List<(int, int)>();
        if (_blocks.Length == 0)
        {
            return chunks;
        }

        var target = Math.Max(1, PairCount / Math.Max(1, count));
        var from = 0;
        for (var b = 0; b < _blocks.Length; b++)
        {
            if (_cumulative[b + 1] - _cumulative[from] >= target || b == _blocks.Length - 1)
            {
                chunks.Add((from, b + 1));
                from = b + 1;
            }
        }

        return chunks;
    }

    /// <summary>Every pair of blocks [from, to): dedupe (i &lt; j) within a block, link left x right.</summary>
    public void Enumerate<TSink>(int from, int to, ref TSink sink)
        where TSink : struct, IPairSink
    {
        for (var b = from; b < to; b++)
        {
            var k = _blocks[b];
            int l0 = _leftStart[k], l1 = _leftStart[k + 1];
            if (_dedupe)
            {
                for (var i = l0; i < l1; i++)
                {
                    var a = _leftRows[i];
                    for (var j = i + 1; j < l1; j++)
                    {
                        sink.Accept(a, _leftRows[j]);
                    }
                }

                continue;
            }

            int r0 = _rightStart[k], r1 = _rightStart[k + 1];
            for (var i = l0; i < l1; i++)
            {
                var a = _leftRows[i];
                for (var j = r0; j < r1; j++)
                {
                    sink.Accept(a, _rightRows[j]);
                }
            }
        }
    }
}
