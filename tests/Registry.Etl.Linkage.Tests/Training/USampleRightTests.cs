using Registry.Etl.Core.Data;
using Registry.Etl.Linkage.Model;
using Registry.Etl.Linkage.Results;

namespace Registry.Etl.Linkage.Tests.Training;

/// <summary>
/// <see cref="LinkageOptions.USampleRight"/>: u is estimated from random pairs whose right record is flagged.
/// With every row flagged nothing changes; with a subset, u is exactly the level shares over left x flagged
/// pairs (checked by counting them here, with u_max_pairs above the pair count so every pair is used).
/// </summary>
public sealed class USampleRightTests
{
    private const string ModelText = """
        name: usample
        link_type: link
        blocking:
          - [dob]
          - [surname]
        comparisons:
          - column: surname
            levels: [exact]
          - column: dob
            levels: [exact, {type: date_within, days: 3}]
          - column: sex
            levels: [exact]
        training: {u_max_pairs: 1000000}
        """;

    [Theory]
    [InlineData(1_000_000)] // every pair
    [InlineData(20_000)] // random pairs
    public void Run_EveryRightRowFlagged_GivesTheParametersOfARunWithoutFlags(int uMaxPairs)
    {
        var (left, right, _, _) = LinkerTests.People(300, seed: 21);
        var model = ModelParser.Parse(ModelText.Replace("1000000", uMaxPairs.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

        var plain = Linker.Run(model, left, right);
        var flagged = Linker.Run(model, left, right, new LinkageOptions { USampleRight = [.. Enumerable.Repeat(true, right.RowCount)] });

        Assert.Equal(LinkageParametersJson.Write(plain.Parameters), LinkageParametersJson.Write(flagged.Parameters));
        Assert.Equal(plain.Pairs.Weight, flagged.Pairs.Weight);
    }

    [Fact]
    public void Run_SubsetFlagged_UIsTheLevelShareOverLeftTimesFlaggedPairs()
    {
        var (left, right, _, _) = LinkerTests.People(300, seed: 23);
        // u as drawn from the random pairs (not corrected for the matches among them)
        var model = ModelParser.Parse(ModelText.Replace("u_max_pairs: 1000000", "u_max_pairs: 1000000, correct_u_for_matches: false", StringComparison.Ordinal));
        var sex = right.GetString("sex");
        var surnames = right.GetString("surname");

        // women and every right record whose surname starts with a 'b': u of sex and of surname must move
        bool[] flags = [.. Enumerable.Range(0, right.RowCount).Select(j => sex[j] == "f" || surnames[j]!.StartsWith('b'))];
        var plain = Linker.Run(model, left, right);
        var sampled = Linker.Run(model, left, right, new LinkageOptions { USampleRight = flags });

        var flagged = Enumerable.Range(0, right.RowCount).Where(j => flags[j]).ToArray();
        Assert.InRange(flagged.Length, 1, right.RowCount - 1);
        Assert.Equal((long)left.RowCount * flagged.Length, sampled.Parameters.USampledPairs);
        foreach (var (name, comparison) in new[] { ("sex", 2), ("surname", 0) })
        {
            var expected = ExactShare(left.GetString(name), right.GetString(name), flagged);
            var u = sampled.Parameters.Comparisons[comparison].Levels;
            Assert.Equal("exact", u[1].Label);
            Assert.Equal(expected, u[1].U, 12);
            Assert.Equal(1 - expected, u[2].U, 12);
            Assert.NotEqual(plain.Parameters.Comparisons[comparison].Levels[1].U, u[1].U, 6);
        }
    }

    [Fact]
    public void Run_FlagsOfAnotherLength_AreRefused()
    {
        var (left, right, _, _) = LinkerTests.People(50, seed: 2);
        var e = Assert.Throws<ArgumentException>(() => Linker.Run(ParseModel(), left, right, new LinkageOptions { USampleRight = new bool[right.RowCount - 1] }));
        Assert.Contains("USampleRight", e.Message, StringComparison.Ordinal);
    }

    private static LinkageModel ParseModel() => ModelParser.Parse(ModelText);

    /// <summary>Share of non-null left x flagged right pairs that agree exactly (no level is empty here, so no half-count floor).</summary>
    private static double ExactShare(StringColumn left, StringColumn right, int[] flagged)
    {
        long agree = 0, pairs = 0;
        for (var i = 0; i < left.Length; i++)
        {
            foreach (var j in flagged)
            {
                if (string.IsNullOrEmpty(left[i]) || string.IsNullOrEmpty(right[j]))
                {
                    continue;
                }

                pairs++;
                agree += left[i] == right[j] ? 1 : 0;
            }
        }

        Assert.True(agree > 0 && agree < pairs);
        return (double)agree / pairs;
    }
}
