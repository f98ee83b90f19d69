using Registry.Etl.Statistics.Regression;

namespace Registry.Etl.Statistics.Tests.Regression;

/// <summary>The Mann-Whitney c-statistic against pair counts done by hand.</summary>
public sealed class ConcordanceTests
{
    [Fact]
    public void MannWhitney_WithTies_CountsTiedPairsHalf()
    {
        // Events at 0.9, 0.5, 0.3; non-events at 0.5, 0.2. Pairs (event, non-event):
        // (0.9,0.5)=1 (0.9,0.2)=1 (0.5,0.5)=½ (0.5,0.2)=1 (0.3,0.5)=0 (0.3,0.2)=1 → 4.5/6.
        double[] scores = [0.9, 0.5, 0.3, 0.5, 0.2];
        bool[] events = [true, true, true, false, false];
        Assert.Equal(0.75, Concordance.MannWhitney(scores, events), 15);
    }

    [Fact]
    public void MannWhitney_PerfectAndNoSeparation_GiveOneAndHalf()
    {
        Assert.Equal(1.0, Concordance.MannWhitney([0.1, 0.2, 0.8, 0.9], [false, false, true, true]));
        Assert.Equal(0.5, Concordance.MannWhitney([0.4, 0.4, 0.4, 0.4], [false, true, false, true]));
        Assert.True(double.IsNaN(Concordance.MannWhitney([0.1, 0.2], [true, true])));
    }
}
