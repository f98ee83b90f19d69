namespace Registry.Etl.Synthetic.Randomness;

/// <summary>
/// xoshiro256** (Blackman and Vigna, "Scrambled linear pseudorandom number generators", ACM TOMS 2021):
/// small, fast, and seeded from a <see cref="Mix"/> key so a stream is a pure function of its key.
/// A mutable struct: pass it by <c>ref</c>.
/// </summary>
internal partial struct Rng
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public Rng(ulong key)
    {
        _s0 = Mix.SplitMix(key);
        _s1 = Mix.SplitMix(_s0 ^ 0x1);
        _s2 = Mix.SplitMix(_s1 ^ 0x2);
        _s3 = Mix.SplitMix(_s2 ^ 0x3);
        if ((_s0 | _s1 | _s2 | _s3) == 0)
        {
            _s0 = 1;
        }
    }

    public static Rng For(ulong seed, StreamId stream, long a = 0, long b = 0, long c = 0) =>
        new(Mix.Key(seed, stream, a, b, c));

    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [0, n) without modulo bias (Lemire, "Fast random integer generation in an interval", 2019).</summary>
    public int Below(int n)
    {
        if (n <= 1)
        {
            return 0;
        }

        var bound = (ulong)n;
        var m = Math.BigMul(NextUInt64(), bound, out var low);
        if (low < bound)
        {
            var threshold = (0 - bound) % bound;
            while (low < threshold)
            {
                m = Math.BigMul(NextUInt64(), bound, out low);
            }
        }

        return (int)m;
    }

    /// <summary>Uniform 64-bit integer in [0, n).</summary>
    public long BelowLong(long n)
    {
        if (n <= 1)
        {
            return 0;
        }

        var bound = (ulong)n;
        var m = Math.BigMul(NextUInt64(), bound, out var low);
        if (low < bound)
        {
            var threshold = (0 - bound) % bound;
            while (low < threshold)
            {
                m = Math.BigMul(NextUInt64(), bound, out low);
            }
        }

        return (long)m;
    }

    /// <summary>Uniform integer in [min, max] inclusive.</summary>
    public int Between(int min, int max) => min + Below(max - min + 1);

    public bool Chance(double p) => NextDouble() < p;
}
