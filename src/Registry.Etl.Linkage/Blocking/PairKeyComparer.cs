namespace Registry.Etl.Linkage.Blocking;

/// <summary>
/// Hashes a pair of ids packed into a long (first id in the high half). <c>long.GetHashCode</c> is the two
/// halves XORed, which for two small ids (dense key ids, record numbers) spans only their bit width: a
/// national blocking key of millions of (date of birth, postcode) pairs fell into a few thousand buckets,
/// and combining keys took a third of the link stage. A multiplicative (Fibonacci) hash spreads them.
/// </summary>
internal sealed class PairKeyComparer : IEqualityComparer<long>
{
    public static readonly PairKeyComparer Instance = new();

    public bool Equals(long x, long y) => x == y;

    public int GetHashCode(long obj) => (int)(((ulong)obj * 0x9E3779B97F4A7C15UL) >> 32);
}
