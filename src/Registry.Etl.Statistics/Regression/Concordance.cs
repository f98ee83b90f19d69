namespace Registry.Etl.Statistics.Regression;

/// <summary>The c-statistic (concordance, area under the ROC curve) of a score against a binary outcome.</summary>
/// <remarks>
/// Mann-Whitney form (Hanley JA, McNeil BJ, Radiology 1982;143:29-36): the proportion of (event, non-event)
/// pairs in which the event has the higher score, ties counted ½; computed from average ranks as
/// (Σ ranks of events − n₁(n₁ + 1)/2)/(n₁n₀). Ties are exact equality of the scores.
/// </remarks>
public static class Concordance
{
    /// <summary>The c-statistic; NaN when there are no events or no non-events.</summary>
    /// <example><c>Concordance.MannWhitney(fitted, outcomes)</c></example>
    public static double MannWhitney(ReadOnlySpan<double> scores, ReadOnlySpan<bool> outcomes)
    {
        if (scores.Length != outcomes.Length)
        {
            Throw.Argument(nameof(outcomes), $"Scores ({scores.Length}) and outcomes ({outcomes.Length}) differ in length.");
        }

        var order = new int[scores.Length];
        for (var i = 0; i < order.Length; i++)
        {
            if (double.IsNaN(scores[i]))
            {
                Throw.Argument(nameof(scores), $"Score {i} is NaN.");
            }

            order[i] = i;
        }

        var keys = scores.ToArray();
        Array.Sort(keys, order);
        double rankSumEvents = 0;
        long events = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && keys[end + 1] == keys[start])
            {
                end++;
            }

            var averageRank = (start + end + 2) / 2.0;
            for (var j = start; j <= end; j++)
            {
                if (outcomes[order[j]])
                {
                    rankSumEvents += averageRank;
                    events++;
                }
            }

            start = end + 1;
        }

        long nonEvents = scores.Length - events;
        if (events == 0 || nonEvents == 0)
        {
            return double.NaN;
        }

        return (rankSumEvents - (events * (events + 1) / 2.0)) / ((double)events * nonEvents);
    }
}
