namespace Registry.Etl.Synthetic.Randomness;

/// <summary>
/// Stateless 64-bit mixing used to derive independent random streams from (seed, stream, indices), so
/// every month, hospital or record has its own generator and output never depends on scheduling order.
/// </summary>
/// <remarks>
/// The finaliser is SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators",
/// OOPSLA 2014), the generator Vigna recommends for seeding xoshiro.
/// </remarks>
internal static class Mix
{
    public static ulong SplitMix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    public static ulong Combine(ulong a, ulong b) => SplitMix(a ^ SplitMix(b + 0x632BE59BD9B4E019UL));

    public static ulong Key(ulong seed, StreamId stream, long a = 0, long b = 0, long c = 0)
    {
        var h = Combine(seed, (ulong)stream);
        h = Combine(h, (ulong)a);
        h = Combine(h, (ulong)b);
        return Combine(h, (ulong)c);
    }

    /// <summary>A uniform double in [0, 1) from a hash: for one-off decisions that need no generator.</summary>
    public static double Unit(ulong hash) => (hash >> 11) * (1.0 / (1UL << 53));
}
