namespace Registry.Etl.Linkage.Training;

/// <summary>Counts comparison patterns for one worker: a dense array when the pattern space is small, else a dictionary.</summary>
internal sealed class PatternCounter
{
    private const int DenseLimit = 1 << 18;
    private readonly long[]? _dense;
    private readonly Dictionary<int, long>? _sparse;

    public PatternCounter(int patternCount)
    {
        if (patternCount <= DenseLimit)
        {
            _dense = new long[patternCount];
        }
        else
        {
            _sparse = [];
        }
    }

    public void Add(int pattern, long count = 1)
    {
        if (_dense is not null)
        {
            _dense[pattern] += count;
            return;
        }

        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_sparse!, pattern, out _) += count;
    }

    public void AddTo(PatternCounter total)
    {
        if (_dense is not null)
        {
            for (var p = 0; p < _dense.Length; p++)
            {
                if (_dense[p] != 0)
                {
                    total.Add(p, _dense[p]);
                }
            }

            return;
        }

        foreach (var (p, n) in _sparse!)
        {
            total.Add(p, n);
        }
    }

    /// <summary>The non-zero counts, ordered by pattern code.</summary>
    public PatternCounts ToCounts()
    {
        var patterns = new List<int>();
        var counts = new List<double>();
        if (_dense is not null)
        {
            for (var p = 0; p < _dense.Length; p++)
            {
                if (_dense[p] != 0)
                {
                    patterns.Add(p);
                    counts.Add(_dense[p]);
                }
            }
        }
        else
        {
            foreach (var p in _sparse!.Keys.Order())
            {
                patterns.Add(p);
                counts.Add(_sparse[p]);
            }
        }

        return new PatternCounts([.. patterns], [.. counts]);
    }
}
