using System.Globalization;
using Registry.Etl.Ingest.Pseudonyms;
using Registry.Etl.Ingest.Tests.Support;

namespace Registry.Etl.Ingest.Tests.Pseudonyms;

/// <summary>
/// The store remembers birth dates as texts and postcodes as their HMACs (packed per area, in arrays that grow),
/// by position, and does not start afresh: a cached pseudonym equals the pseudonymiser's, whether it was new,
/// remembered, or computed by another thread.
/// </summary>
public sealed class PseudonymStoreTests
{
    [Fact]
    public void Cache_GivesThePseudonymisersValues_NewOrRemembered()
    {
        var cache = new PseudonymCache(Repo.Pseudonymiser, new PseudonymStore());
        var random = new Random(7);
        for (var i = 0; i < 2000; i++)
        {
            var date = new DateOnly(1900, 1, 1).AddDays(random.Next(73_000));
            Assert.Equal(Repo.Pseudonymiser.Of(PseudonymPurpose.BirthDate, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), cache.Date(date));
            var pc6 = Pc6(random);
            var (key, pc4) = cache.Postcode(pc6);
            Assert.Equal(Repo.Pseudonymiser.Of(PseudonymPurpose.Postcode, pc6), key);
            Assert.Equal(pc6[..4], pc4);
        }
    }

    [Fact]
    public void Cache_AStoreSharedByThreads_GivesEveryThreadThePseudonymisersValues()
    {
        var store = new PseudonymStore();
        var codes = Enumerable.Range(0, 300).Select(i => Pc6(new Random(i))).ToArray();
        var expected = codes.Select(c => Repo.Pseudonymiser.Of(PseudonymPurpose.Postcode, c)).ToArray();
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, _ =>
        {
            var cache = new PseudonymCache(Repo.Pseudonymiser, store);
            for (var round = 0; round < 5; round++)
            {
                for (var i = 0; i < codes.Length; i++)
                {
                    Assert.Equal(expected[i], cache.Postcode(codes[i]).Key);
                }
            }
        });
    }

    [Fact]
    public void Store_RemembersAPostcodesHmacByItsPlace_AndOnlyThat()
    {
        var store = new PseudonymStore();
        var mac = Enumerable.Range(1, 32).Select(b => (byte)b).ToArray();
        var read = new byte[32];
        Assert.False(store.TryPostcode(1234, 5, read));

        store.KeepPostcode(1234, 5, mac);

        Assert.True(store.TryPostcode(1234, 5, read));
        Assert.Equal(mac, read);
        Assert.False(store.TryPostcode(1234, 6, read));
        Assert.False(store.TryPostcode(1235, 5, read));
        Assert.Throws<ArgumentException>(() => store.KeepPostcode(1234, 7, mac.AsSpan(0, 31)));

        // the reads past these checks are unchecked: a place outside the area or a short buffer is refused first
        Assert.Throws<ArgumentOutOfRangeException>(() => store.TryPostcode(1234, 676, read));
        Assert.Throws<ArgumentOutOfRangeException>(() => store.TryPostcode(1234, -1, read));
        Assert.Throws<ArgumentOutOfRangeException>(() => store.TryPostcode(1234, 5, new byte[31]));
        Assert.Throws<ArgumentOutOfRangeException>(() => store.KeepPostcode(1234, 676, mac));
    }

    [Fact]
    public void Store_RemembersMillionsOfValues_WithoutForgetting()
    {
        // more than the million values after which the store used to start afresh
        var store = new PseudonymStore();
        var mac = new byte[32];
        for (var digits = 1000; digits < 3000; digits++)
        {
            for (var letters = 0; letters < 676; letters++)
            {
                mac[0] = (byte)(digits % 251);
                mac[31] = (byte)(letters % 251);
                store.KeepPostcode(digits, letters, mac);
            }
        }

        var day = new DateOnly(1950, 6, 1).DayNumber;
        store.KeepDate(day, "k");
        Assert.True(store.TryPostcode(1000, 0, mac));
        Assert.Equal(1000 % 251, mac[0]);
        Assert.True(store.TryPostcode(2999, 675, mac));
        Assert.Equal(675 % 251, mac[31]);
        Assert.Equal("k", store.Date(day));
    }

    [Fact]
    public void Store_ThreadsFillingOneAreaAtOnce_LoseNoHmacWhileItsArrayGrows()
    {
        var store = new PseudonymStore();
        static byte[] Mac(int letters) => [.. Enumerable.Range(0, 32).Select(b => (byte)((letters * 7) + b))];
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, t =>
        {
            var read = new byte[32];
            for (var i = 0; i < 676; i++)
            {
                // each thread its own order, so threads race on the same letters and on the array's growth
                var letters = (i * (2 * t + 1) + t * 101) % 676;
                store.KeepPostcode(4321, letters, Mac(letters));
                Assert.True(store.TryPostcode(4321, letters, read));
                Assert.Equal(Mac(letters), read);
            }
        });

        var all = new byte[32];
        for (var letters = 0; letters < 676; letters++)
        {
            Assert.True(store.TryPostcode(4321, letters, all));
            Assert.Equal(Mac(letters), all);
        }
    }

    private static string Pc6(Random random) =>
        $"{1000 + random.Next(9000)}{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}";
}
