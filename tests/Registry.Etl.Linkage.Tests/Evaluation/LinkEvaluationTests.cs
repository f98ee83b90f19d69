using Registry.Etl.Linkage.Evaluation;

namespace Registry.Etl.Linkage.Tests.Evaluation;

public sealed class LinkEvaluationTests
{
    [Fact]
    public void Evaluate_Dedupe_CountsAllTruePairsIncludingUnproposed()
    {
        string?[] entity = ["a", "a", "a", "b", "b", null];
        // true pairs: 3 (a) + 1 (b) = 4; predicted (0,1) tp, (2,1) tp reversed, (3,5) fp, (0,1) again ignored
        var e = LinkEvaluation.Evaluate(entity, null, [0, 2, 3, 0], [1, 1, 5, 1]);
        Assert.Equal(4, e.TruePairs);
        Assert.Equal(3, e.PredictedPairs);
        Assert.Equal(2, e.TruePositives);
        Assert.Equal(2.0 / 3, e.Precision, 12);
        Assert.Equal(0.5, e.Recall, 12);
    }

    [Fact]
    public void Evaluate_Link_TruePairsAreLeftTimesRight()
    {
        var e = LinkEvaluation.Evaluate(["x", "y", "x"], ["x", "x", "z"], [0, 1], [0, 2]);
        Assert.Equal(4, e.TruePairs);
        Assert.Equal(1, e.TruePositives);
        Assert.Equal(1, e.FalsePositives);
    }
}
