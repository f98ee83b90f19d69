using Registry.Etl.Linkage.Comparisons;

namespace Registry.Etl.Linkage.Tests.Comparisons;

public sealed class StringSimilarityTests
{
    // Reference values from Winkler (1990) / jellyfish's test suite.
    [Theory]
    [InlineData("MARTHA", "MARHTA", 0.961111111)]
    [InlineData("DWAYNE", "DUANE", 0.84)]
    [InlineData("DIXON", "DICKSONX", 0.813333333)]
    [InlineData("abc", "abc", 1.0)]
    [InlineData("abc", "xyz", 0.0)]
    public void JaroWinkler_KnownPairs_MatchReference(string a, string b, double expected) =>
        Assert.Equal(expected, StringSimilarity.JaroWinkler(a, b), 6);

    [Theory]
    [InlineData("MARTHA", "MARHTA", 0.944444444)]
    [InlineData("DWAYNE", "DUANE", 0.822222222)]
    public void Jaro_KnownPairs_MatchReference(string a, string b, double expected) =>
        Assert.Equal(expected, StringSimilarity.Jaro(a, b), 6);

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("flaw", "lawn", 2)]
    public void Levenshtein_KnownPairs_MatchReference(string a, string b, int expected) =>
        Assert.Equal(expected, StringSimilarity.Levenshtein(a, b));

    [Theory]
    [InlineData("ca", "ac", 1)]
    [InlineData("CA", "ABC", 3)] // optimal string alignment, not unrestricted Damerau (which gives 2)
    [InlineData("19560409", "19560490", 1)]
    [InlineData("smith", "smyth", 1)]
    public void DamerauLevenshtein_KnownPairs_AreOsaDistances(string a, string b, int expected) =>
        Assert.Equal(expected, StringSimilarity.DamerauLevenshtein(a, b));

    [Fact]
    public void JaccardBigrams_SharedGrams_IsIntersectionOverUnion() =>
        Assert.Equal(2.0 / 4.0, StringSimilarity.JaccardBigrams("abcd", "abce"), 9); // {ab,bc,cd} vs {ab,bc,ce}

    [Theory]
    [InlineData("Robert", "R163")]
    [InlineData("Rupert", "R163")]
    [InlineData("Tymczak", "T522")]
    [InlineData("Ashcraft", "A261")]
    [InlineData("Pfister", "P236")]
    [InlineData("123", "")]
    public void Soundex_KnuthExamples_MatchReference(string name, string expected) =>
        Assert.Equal(expected, Soundex.Encode(name));
}
