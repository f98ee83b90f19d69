using Registry.Etl.Ingest.Resolution;

namespace Registry.Etl.Ingest.Tests.Resolution;

/// <summary>
/// The open-addressing table against a dictionary, with hashes built to collide on everything but their
/// identity: same partition (top byte) and same home slot (low 32 bits), so probing runs long, wraps around
/// the end of a partition, and growing and removing must move them correctly. Hashes that differ in any bit
/// are different keys; equal 128-bit hashes are one key by design (<see cref="KeyHash"/> says why that is safe).
/// </summary>
public sealed class KeyHashTableTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    public void GetOrAddGetRemove_CollidingAndRandomHashes_AsADictionary(int seed, int shape)
    {
        var random = new Random(seed);
        var table = new KeyHashTable();
        var reference = new Dictionary<KeyHash, uint>();
        for (var step = 0; step < 60_000; step++)
        {
            var id = (ulong)random.Next(shape == 0 ? 1_500 : 20_000);
            var hash = shape switch
            {
                // one partition, one home slot (0xFFFFFFFF: the last slot, so every probe wraps)
                0 => new KeyHash(0xFFFF_FFFFUL | (id << 32), 0xAB00_0000_0000_0000UL),
                // one partition, homes spread, differing only in the high word
                1 => new KeyHash((ulong)random.Next(64), 0x0100_0000_0000_0000UL | id),
                _ => new KeyHash((id * 0x9E37_79B9_7F4A_7C15UL) ^ id, id * 0xC2B2_AE3D_27D4_EB4FUL),
            };
            var value = (uint)random.Next(1, 1000);
            ref var slot = ref table.GetOrAdd(hash, out var existed);
            Assert.Equal(reference.ContainsKey(hash), existed);
            if (existed)
            {
                Assert.Equal(reference[hash], slot);
            }

            slot = value;
            reference[hash] = value;

            if (step % 20_000 == 19_999)
            {
                table.RemoveWhere(v => v % 3 == 0);
                foreach (var k in reference.Where(r => r.Value % 3 == 0).Select(r => r.Key).ToArray())
                {
                    reference.Remove(k);
                }
            }
        }

        Assert.Equal(reference.Count, table.Count);
        foreach (var (hash, value) in reference)
        {
            Assert.Equal(value, table.Get(hash));
        }

        Assert.Equal(0u, table.Get(new KeyHash(12345, 0xFF00_0000_0000_0001UL)));
    }

    [Fact]
    public void Bytes_ManyKeys_TwentyBytesPerSlotAndAtMostEightyPercentFull()
    {
        var table = new KeyHashTable();
        for (var i = 0; i < 100_000; i++)
        {
            table.GetOrAdd(KeyHash.Of($"key {i}"), out _) = 1;
        }

        var slots = table.Bytes / 20;
        Assert.Equal(0, table.Bytes % 20);
        Assert.InRange(table.Count, 0, slots * 0.8);
        Assert.InRange(table.Count, slots * 0.45, slots);
    }

    [Fact]
    public void KeyHash_Of_DependsOnEveryCharacter()
    {
        Assert.Equal(KeyHash.Of("0000271388024"), KeyHash.Of("0000271388024"));
        Assert.NotEqual(KeyHash.Of("0000271388024"), KeyHash.Of("0000271388025"));
        Assert.NotEqual(KeyHash.Of("a|b"), KeyHash.Of("a|b "));
        Assert.NotEqual(KeyHash.Of(""), KeyHash.Of("\0"));
    }
}
