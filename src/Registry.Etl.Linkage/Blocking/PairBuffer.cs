namespace Registry.Etl.Linkage.Blocking;

/// <summary>Candidate pairs of one chunk of work, as columns: rows, pattern code, term-frequency residual (16 bytes a pair).</summary>
internal sealed class PairBuffer(int rule, int capacity = 1024)
{
    private int[] _left = new int[capacity];
    private int[] _right = new int[capacity];
    private int[] _pattern = new int[capacity];
    private float[] _tf = new float[capacity];

    /// <summary>Index of the blocking rule that found these pairs.</summary>
    public int Rule { get; } = rule;

    public int Count { get; private set; }

    public ReadOnlySpan<int> Left => _left.AsSpan(0, Count);

    public ReadOnlySpan<int> Right => _right.AsSpan(0, Count);

    public ReadOnlySpan<int> Pattern => _pattern.AsSpan(0, Count);

    public ReadOnlySpan<float> TfResidual => _tf.AsSpan(0, Count);

    public void Add(int left, int right, int pattern, float tf)
    {
        if (Count == _left.Length)
        {
            var size = _left.Length * 2;
            Array.Resize(ref _left, size);
            Array.Resize(ref _right, size);
            Array.Resize(ref _pattern, size);
            Array.Resize(ref _tf, size);
        }

        _left[Count] = left;
        _right[Count] = right;
        _pattern[Count] = pattern;
        _tf[Count] = tf;
        Count++;
    }
}
