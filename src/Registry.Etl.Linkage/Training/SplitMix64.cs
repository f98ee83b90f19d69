namespace Registry.Etl.Linkage.Training;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood 2014, "Fast splittable pseudorandom number generators", OOPSLA):
/// our own generator so a seed gives the same pairs on every .NET version.
/// </summary>
internal struct SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>Uniform in [0, n) by Lemire's multiply-shift (bias below 2^-32 for the n used here).</summary>
    public int NextInt(int n) => (int)((Next() >> 32) * (ulong)n >> 32);

    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A hash of a pair under a seed, for deterministic subsampling independent of enumeration order.</summary>
    public static ulong Hash(int left, int right, ulong seed) =>
        Mix(seed ^ Mix(((ulong)(uint)left << 32) | (uint)right));
}
