using Registry.Etl.Ingest.Standardising;

namespace Registry.Etl.Ingest.Tests.Standardising;

public sealed class AcceptedStringsTests
{
    [Fact]
    public void TryGet_TheSameInstanceKept_GivesItsStandardisedValue_AnEqualOtherInstanceIsNotFound()
    {
        var cache = new AcceptedStrings();
        var raw = new string("06641471".AsSpan());
        Assert.False(cache.TryGet(raw, out _));

        cache.Keep(raw, "06641471");
        Assert.True(cache.TryGet(raw, out var known));
        Assert.Equal("06641471", known);

        // equal text in another instance: checked again rather than trusted (the cache compares instances only)
        Assert.False(cache.TryGet(new string("06641471".AsSpan()), out _));
    }

    [Fact]
    public void TryGet_AValueMappedToNull_IsFoundWithNull()
    {
        var cache = new AcceptedStrings();
        var raw = new string("onbekend".AsSpan());
        cache.Keep(raw, null);
        Assert.True(cache.TryGet(raw, out var known));
        Assert.Null(known);
    }

    [Fact]
    public void TryGet_ValuesThatNeverRepeat_SwitchTheCacheOff()
    {
        var cache = new AcceptedStrings();
        var repeated = new string("K".AsSpan());
        for (var i = 0; i < 5000; i++)
        {
            var unique = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.False(cache.TryGet(unique, out _));
            cache.Keep(unique, unique);
        }

        // off: even a value kept now is no longer found (nothing is looked up or kept)
        cache.Keep(repeated, "K");
        Assert.False(cache.TryGet(repeated, out _));
    }
}
